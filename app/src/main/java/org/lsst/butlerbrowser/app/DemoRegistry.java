package org.lsst.butlerbrowser.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The demo registry the app ships (the rc2 SQLite fixture). SQLite needs a real file, so when the
 * app runs from its jar the repo is copied once into the user's cache directory.
 */
public final class DemoRegistry {

    private static final String ROOT = "/demo/demo-registry";

    private DemoRegistry() {
    }

    /** The demo repo's directory (holding butler.yaml), extracted if needed. */
    public static Path directory() {
        URL marker = DemoRegistry.class.getResource(ROOT + "/butler.yaml");
        if (marker == null) {
            throw new IllegalStateException("the demo registry is missing from this build");
        }
        try {
            URI uri = marker.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return Path.of(uri).getParent();
            }
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                return extract(jar.getPath(ROOT));
            }
        } catch (URISyntaxException | IOException e) {
            throw new UncheckedIOException(new IOException("cannot unpack the demo registry: " + e.getMessage(), e));
        }
    }

    private static Path extract(Path source) throws IOException {
        long size = Files.size(source.resolve("gen3.sqlite3"));
        Path target = Path.of(System.getProperty("user.home"), ".cache", "butler-browser", "demo-registry-" + size);
        if (Files.isRegularFile(target.resolve("gen3.sqlite3")) && Files.size(target.resolve("gen3.sqlite3")) == size) {
            return target;
        }
        Path staging = Files.createTempDirectory(target.getParent() == null ? Path.of(".") : createParent(target), "demo");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path dest = staging.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException raced) {
            // another instance unpacked it first; use theirs
        }
        return target;
    }

    private static Path createParent(Path target) throws IOException {
        return Files.createDirectories(target.getParent());
    }
}
