package org.lsst.butlerbrowser.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.lsst.butlerbrowser.model.registry.Collection;
import org.lsst.butlerbrowser.model.registry.CollectionType;

/** The shared fixtures (daf_butler's own answers for the rc2 registry), found as the build passes them. */
public final class SharedFixtures {

    private SharedFixtures() {
    }

    /** shared/: -Dbutler.shared when it holds fixtures, else the nearest shared/fixtures above the working dir. */
    public static Path shared() {
        String property = System.getProperty("butler.shared");
        if (property != null && !property.isBlank() && Files.isDirectory(Path.of(property, "fixtures"))) {
            return Path.of(property).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("shared/fixtures"))) {
                return dir.resolve("shared");
            }
        }
        throw new IllegalStateException("cannot find shared/fixtures; set -Dbutler.shared");
    }

    /** The rc2 SQLite fixture registry in place (only ever opened read-only). */
    public static Path rc2SqliteFile() {
        return shared().resolve("fixtures/registry/rc2-sqlite/gen3.sqlite3");
    }

    /** A file's SHA-256, to show that reading it changed no byte. */
    public static String sha256(Path file) {
        try (java.io.InputStream in = Files.newInputStream(file)) {
            java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return java.util.HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** daf_butler's collections.json for the rc2 SQLite registry (the one the app ships as its demo). */
    public static JsonNode rc2Collections() {
        Path file = shared().resolve("fixtures/registry/expected/rc2-sqlite/collections.json");
        try {
            return new ObjectMapper().readTree(file.toFile()).get("collections");
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    public static JsonNode rc2Collection(String name) {
        for (JsonNode c : rc2Collections()) {
            if (c.get("name").asText().equals(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException("no collection " + name + " in the rc2 fixture");
    }

    /** A chain's children in daf_butler's search order. */
    public static List<String> rc2Children(String chain) {
        return strings(rc2Collection(chain).get("children"));
    }

    /** The rc2 collections as the model's records, built from daf_butler's answers alone. */
    public static List<Collection> rc2AsModel() {
        List<Collection> out = new ArrayList<>();
        for (JsonNode c : rc2Collections()) {
            JsonNode doc = c.get("doc");
            out.add(new Collection(c.get("db").get("collection_id").asLong(), c.get("name").asText(),
                    CollectionType.valueOf(c.get("type").asText()), doc == null || doc.isNull() ? null : doc.asText(),
                    strings(c.get("children"))));
        }
        return out;
    }

    public static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null && !array.isNull()) {
            array.forEach(n -> out.add(n.asText()));
        }
        return out;
    }
}
