package org.lsst.butlerbrowser.model.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.lsst.butlerbrowser.model.repo.Environment;
import org.lsst.butlerbrowser.model.repo.RepoResolver;
import org.lsst.butlerbrowser.model.testing.Fixtures;

/**
 * Helpers for the bad-input tests: damaged and edited copies of the rc2 SQLite fixture (always in
 * a test's temporary directory, never the fixture itself), checksums, and the checks every user-facing
 * error message has to pass.
 */
final class BadInputs {

    static final int PAGE_SIZE = 4096;

    private BadInputs() {
    }

    /** The rc2 fixture registry in place (read-only: only ever opened through the model). */
    static Path rc2File() {
        return Fixtures.registry("rc2-sqlite").resolve("gen3.sqlite3");
    }

    /** A writable copy of the rc2 registry, {@code dir/name}. */
    static Path copyOfRc2(Path dir, String name) {
        try {
            Path copy = dir.resolve(name);
            Files.createDirectories(dir);
            Files.copy(rc2File(), copy);
            Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rw-r--r--"));
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens a registry file the way a user does: through the resolver, with the default timeouts. */
    static Registry open(Path file) {
        return Registry.open(new RepoResolver(Environment.system()).resolve(file.toString()));
    }

    /** Runs statements on a copy with an ordinary, writable connection (to prepare bad inputs). */
    static void execute(Path copy, String sql, Object... parameters) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy);
             PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                st.setObject(i + 1, parameters[i]);
            }
            st.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("preparing " + copy + ": " + sql, e);
        }
    }

    static String attribute(Path copy, String name) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy);
             PreparedStatement st = c.prepareStatement("SELECT value FROM butler_attributes WHERE name = ?")) {
            st.setString(1, name);
            try (ResultSet rs = st.executeQuery()) {
                assertTrue(rs.next(), "no attribute " + name);
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void setAttribute(Path copy, String name, String value) {
        execute(copy, "INSERT OR REPLACE INTO butler_attributes (name, value) VALUES (?, ?)", name, value);
    }

    /** The first page of a table's b-tree. */
    static int rootPage(Path copy, String table) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy);
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = '"
                     + table + "'")) {
            assertTrue(rs.next(), "no table " + table);
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The root pages of a table and of its indexes: with only the table's root overwritten, SQLite
     * answers COUNT(*) and many joins from an index without noticing.
     */
    static List<Integer> rootPages(Path copy, String table) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy);
             PreparedStatement st = c.prepareStatement("SELECT rootpage FROM sqlite_master WHERE tbl_name = ?"
                     + " AND type IN ('table', 'index') AND rootpage > 0 ORDER BY rootpage")) {
            st.setString(1, table);
            List<Integer> pages = new java.util.ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    pages.add(rs.getInt(1));
                }
            }
            assertFalse(pages.isEmpty(), "no table " + table);
            return pages;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Overwrites the root pages of a table and its indexes with garbage. */
    static void overwriteTable(Path file, String table) {
        rootPages(file, table).forEach(page -> overwritePage(file, page));
    }

    /** The tags table of a dataset type, e.g. dataset_tags_00000003. */
    static String tagsTable(Path copy, String datasetType) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy);
             PreparedStatement st = c.prepareStatement("SELECT tag_association_table FROM dataset_type WHERE name = ?")) {
            st.setString(1, datasetType);
            try (ResultSet rs = st.executeQuery()) {
                assertTrue(rs.next(), "no dataset type " + datasetType);
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Overwrites one whole page (1-based, not page 1) with text that is no valid b-tree page. */
    static void overwritePage(Path file, int page) {
        byte[] junk = "this page was overwritten with garbage! ".repeat(PAGE_SIZE / 40 + 1)
                .substring(0, PAGE_SIZE).getBytes(StandardCharsets.US_ASCII);
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.seek((long) (page - 1) * PAGE_SIZE);
            f.write(junk);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void truncate(Path file, long length) {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The names in a directory, to show that nothing (no journal, no copy) appeared beside a file. */
    static Set<String> listing(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The checks every user-facing message passes: one line, no stack trace or exception class
     * names, and each of the fragments (the file or host, and the problem) in it.
     */
    static String assertClearMessage(Throwable e, String... fragments) {
        String message = e.getMessage();
        assertNotNull(message, "no message: " + e);
        assertFalse(message.contains("\n") || message.contains("\r"), "more than one line: " + message);
        assertFalse(message.contains("\tat ") || message.contains("Exception") || message.contains("java."),
                "looks like a stack trace: " + message);
        for (String f : fragments) {
            assertTrue(message.contains(f), "'" + f + "' is not in: " + message);
        }
        return message;
    }

    /** Everything --debug would print: the exception, its causes and stack frames. */
    static String fullTrace(Throwable e) {
        StringWriter w = new StringWriter();
        e.printStackTrace(new PrintWriter(w));
        return w.toString();
    }

    /** Asserts the file's checksum and its directory's listing are what they were. */
    static void assertUntouched(Path file, String sha256Before, Set<String> listingBefore) {
        assertEquals(sha256Before, sha256(file), file + " changed");
        assertEquals(listingBefore, listing(file.getParent()), "files appeared or vanished beside " + file);
    }

    /**
     * Runs every kind of query the model offers against the rc2 registry (SQLite or PostgreSQL):
     * dataset searches find-first and find-all, with expressions, globs and calibration collections,
     * counts, datastore paths, the records and counts of every element with a table, ObsCore, the
     * table statistics, and two queries that fail. Returns how many rows came back.
     */
    static long runEveryKindOfQuery(Registry r) {
        long rows = r.collections().all().size() + r.datasetTypes().size() + r.summaryDatasetTypes("HSC/runs/RC2").size();
        DatasetQuery calexps = new DatasetQuery(List.of("calexp"), List.of("HSC/runs/RC2"), true,
                WhereClause.parse("instrument = 'HSC' AND band = 'i'"), 0);
        List<DatasetRef> refs = r.queryDatasets(calexps).toList();
        assertFalse(refs.isEmpty(), "the calexp query found nothing");
        rows += refs.size() + r.countDatasets(calexps);
        rows += r.queryDatasets(new DatasetQuery(List.of("*"), List.of("HSC/runs/*"), false, WhereClause.NONE, 500))
                .toList().size();
        rows += r.queryDatasets(new DatasetQuery(List.of("bias", "flat"), List.of("HSC/calib"), false,
                WhereClause.NONE, 0)).toList().size();
        rows += r.datasetCounts("HSC/runs/RC2").size();
        rows += r.datastorePaths(refs.stream().map(DatasetRef::id).toList()).size();
        for (var element : r.universe().elements()) {
            if (element.hasTable()) {
                rows += r.queryDimensionRecords(element.name(), WhereClause.NONE, 50).toList().size();
                rows += r.countDimensionRecords(element.name(), WhereClause.NONE);
            }
        }
        rows += r.queryDimensionRecords("visit", WhereClause.parse("instrument = 'HSC' AND visit > 0"), 0).toList().size();
        rows += r.queryObsCore(50).toList().size();
        rows += r.tableRowCounts().size();
        assertThrows(RegistryException.class, () -> r.queryDatasets(new DatasetQuery(List.of("calexp"),
                List.of("no/such/collection"), true, WhereClause.NONE, 0)));
        assertThrows(IllegalArgumentException.class, () -> r.queryDimensionRecords("visit",
                WhereClause.parse("instrumnet = 'HSC'"), 0));
        return rows;
    }

    static List<String> sideFiles(Path file) {
        return Stream.of("-journal", "-wal", "-shm").map(s -> file.getFileName() + s)
                .filter(n -> Files.exists(file.resolveSibling(n))).toList();
    }
}
