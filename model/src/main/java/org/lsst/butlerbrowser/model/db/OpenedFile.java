package org.lsst.butlerbrowser.model.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;

/**
 * An SQLite registry file as it was when opened: its path and the file system's identity of the
 * file behind it (device and inode on Linux). SQLite copes with a file that other programs write
 * to, but not with one replaced by another file under the same name: connections opened before
 * would go on reading the old file and new ones the new file, and answers would mix the two.
 */
record OpenedFile(Path path, Object key) {

    static OpenedFile of(Path path) {
        return new OpenedFile(path, key(path));
    }

    private static Object key(Path path) {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class).fileKey();
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new DatabaseException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    /** Throws when the name now leads to another file, or to none. */
    void requireUnchanged() {
        if (key == null) {
            return; // this file system has no file identities
        }
        Object now = key(path);
        if (now == null) {
            throw new DatabaseException("the SQLite registry " + path + " was deleted or moved after it was opened");
        }
        if (!Objects.equals(key, now)) {
            throw new DatabaseException("the SQLite registry " + path + " was replaced by another file after it"
                    + " was opened; open it again to read the new file");
        }
    }
}
