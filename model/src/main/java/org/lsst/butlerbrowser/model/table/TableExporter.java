package org.lsst.butlerbrowser.model.table;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.concurrent.CancellationException;

/**
 * Writes a {@link TableRows} to a file in a {@link TableFormat} through STIL. The file appears
 * under its name only when complete: rows go to a temporary file beside it, which is moved over
 * the target at the end and deleted when the export fails or is cancelled.
 */
public final class TableExporter {

    private static final SecureRandom RANDOM = new SecureRandom();

    private TableExporter() {
    }

    /**
     * Writes every row of {@code rows} to {@code target}, replacing a file already there.
     *
     * @return the number of rows written
     * @throws ExportException when the file cannot be written or a row cannot be read
     * @throws CancellationException when {@code progress} asked to stop; nothing is left behind
     */
    public static long export(TableRows rows, Path target, TableFormat format, ExportProgress progress)
            throws ExportException {
        Path file = target.toAbsolutePath().normalize();
        Path folder = file.getParent();
        checkTarget(file, folder);
        ProgressStarTable table = new ProgressStarTable(new RowsStarTable(rows), rows.knownRowCount(), progress);
        Path partial = null;
        try {
            // Not Files.createTempFile: its owner-only permissions would stay on the exported file.
            // Assigned once created, so that a failure never deletes a file this export did not make.
            partial = Files.createFile(
                    folder.resolve("." + file.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + ".part"));
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial))) {
                format.writer().writeStarTable(table, out);
            }
            moveIntoPlace(partial, file);
            partial = null;
            return table.lastPassRows();
        } catch (IOException | RuntimeException e) {
            if (progress.isCancelled()) {
                throw new CancellationException("export to " + file.getFileName() + " cancelled");
            }
            throw new ExportException(sentence(file, e), e);
        } finally {
            deleteQuietly(partial);
        }
    }

    private static void checkTarget(Path file, Path folder) throws ExportException {
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ExportException("Cannot write " + file + ": the folder " + folder + " does not exist.", null);
        }
        if (Files.isDirectory(file)) {
            throw new ExportException("Cannot write " + file + ": it is a folder.", null);
        }
    }

    private static void moveIntoPlace(Path partial, Path file) throws IOException {
        try {
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String sentence(Path file, Exception e) {
        String reason;
        if (e instanceof AccessDeniedException) {
            reason = "permission denied";
        } else if (e instanceof NoSuchFileException) {
            reason = "no such file or folder";
        } else if (e instanceof FileSystemException fs && fs.getReason() != null) {
            reason = fs.getReason();
        } else {
            String message = e.getMessage();
            reason = message == null || message.isBlank() ? e.getClass().getSimpleName()
                    : message.strip().lines().findFirst().orElse("");
        }
        while (reason.endsWith(".")) {
            reason = reason.substring(0, reason.length() - 1);
        }
        return "Cannot write " + file + ": " + reason + ".";
    }

    private static void deleteQuietly(Path partial) {
        if (partial == null) {
            return;
        }
        try {
            Files.deleteIfExists(partial);
        } catch (IOException e) {
            partial.toFile().deleteOnExit(); // still open on some platforms; removed at exit instead
        }
    }
}
