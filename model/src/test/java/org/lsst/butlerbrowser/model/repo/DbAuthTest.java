package org.lsst.butlerbrowser.model.repo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DbAuthTest {

    @TempDir
    Path dir;

    private DbAuth fromJson(String json) {
        return DbAuth.fromEnvironment(TestEnv.env(dir, DbAuth.CREDENTIALS_VARIABLE, json));
    }

    private static String entry(String url, String username, String password) {
        return "{\"url\": \"" + url + "\"" + (username == null ? "" : ", \"username\": \"" + username + "\"")
                + ", \"password\": \"" + password + "\"}";
    }

    /**
     * One entry, one connection: does it match, and with which user? Cases follow the rules and
     * examples of lsst.utils DbAuth.getAuth. Empty cells are null; "-" as expected user means no match.
     */
    @ParameterizedTest(name = "[{index}] {0} vs {1}://{2}@{3}:{4}/{5} -> {6}")
    @CsvSource(nullValues = "", value = {
        // pattern,                                       driver,              user,  host,              port, database,    expected user
        "postgresql://host.example.com:5432/my_database, postgresql,          user,  host.example.com,  5432, my_database, user",
        "postgresql://*,                                  postgresql,          user,  host.example.com,  5432, my_database, user",
        "postgresql://*.example.com,                      postgresql,          user,  host.example.com,  5432, my_database, user",
        "postgresql://*.example.com,                      postgresql,          user,  host.example.org,  5432, my_database, -",
        "postgresql://*.example.com,                      postgresql,          user,  example.com,       5432, my_database, -",
        "postgresql://*.example.com/my_*,                 postgresql,          user,  host.example.com,  5432, my_database, user",
        "postgresql://*.example.com/my_*,                 postgresql,          user,  host.example.com,  5432, your_db,     -",
        "postgresql://host.example.com/my_database,       postgresql,          user,  host.example.com,  5432, my_database, user",
        "postgresql://host.example.com/db_[0-9],          postgresql,          user,  host.example.com,  5432, db_7,        user",
        "postgresql://host.example.com/,                  postgresql,          user,  host.example.com,  5432, anything,    user",
        "postgresql://host.example.com:5432,              postgresql,          user,  host.example.com,      , my_database, -",
        "postgresql://host.example.com:5432,              postgresql,          user,  host.example.com,  5433, my_database, -",
        "postgresql://host.example.com,                   postgresql,          user,  host.example.com,  5433, my_database, user",
        "postgresql://user@host.example.com/my_database,  postgresql,          user,  host.example.com,  5432, my_database, user",
        "postgresql://user@host.example.com/my_database,  postgresql,          other, host.example.com,  5432, my_database, -",
        "postgresql://user@host.example.com/my_database,  postgresql,              ,  host.example.com,  5432, my_database, -",
        "postgresql://host.example.com,                   postgresql,              ,  host.example.com,  5432, my_database, entryuser",
        "postgresql://host.example.com,                   postgresql+psycopg2, user,  host.example.com,  5432, my_database, user",
        "mysql://host.example.com,                        postgresql,          user,  host.example.com,  5432, my_database, -",
        "POSTGRESQL://HOST.example.com,                   postgresql,          user,  host.example.com,  5432, my_database, user",
    })
    void matchesLikeLsstUtilsDbAuth(String pattern, String driver, String user, String host, Integer port,
                                    String database, String expectedUser) {
        DbAuth auth = fromJson("[" + entry(pattern, "entryuser", "pw") + "]");
        Optional<DbAuth.Credentials> found = auth.lookup(driver, user, host, port, database);
        if (expectedUser.equals("-")) {
            assertTrue(found.isEmpty(), "expected no match");
        } else {
            assertEquals(expectedUser, found.orElseThrow().username());
            assertEquals("pw", found.orElseThrow().password().revealAsString());
        }
    }

    @Test
    void firstMatchingEntryWins() {
        DbAuth auth = fromJson("[" + entry("postgresql://other.org", null, "pw0") + ", "
                + entry("postgresql://*.example.com", "a", "pw1") + ", "
                + entry("postgresql://host.example.com", "b", "pw2") + "]");
        DbAuth.Credentials c = auth.lookup("postgresql", null, "host.example.com", 5432, "db").orElseThrow();
        assertEquals("a", c.username());
        assertEquals("pw1", c.password().revealAsString());
    }

    @Test
    void entryWithoutUsernameGivesNoUserWhenTheConnectionHasNone() {
        DbAuth auth = fromJson("[" + entry("postgresql://host", null, "pw") + "]");
        DbAuth.Credentials c = auth.lookup("postgresql", null, "host", null, "db").orElseThrow();
        assertNull(c.username());
        assertEquals("pw", c.password().revealAsString());
    }

    @Test
    void patternHostIsLowerCasedButConnectionHostIsNotLikeUrlparse() {
        DbAuth auth = fromJson("[" + entry("postgresql://Host.Example.com", null, "pw") + "]");
        assertTrue(auth.lookup("postgresql", null, "host.example.com", null, "db").isPresent());
        assertTrue(auth.lookup("postgresql", null, "Host.Example.com", null, "db").isEmpty());
    }

    @Test
    void noLookupWithoutHostOrDatabase() {
        DbAuth auth = fromJson("[" + entry("postgresql://*", null, "pw") + "]");
        assertTrue(auth.lookup("postgresql", "u", null, 5432, "db").isEmpty());
        assertTrue(auth.lookup("postgresql", "u", "h", 5432, null).isEmpty());
    }

    @Test
    void refusesADriverInThePattern() {
        DbAuth auth = fromJson("[" + entry("postgresql+psycopg2://host", null, "pw") + "]");
        RepoException e = assertThrows(RepoException.class, () -> auth.lookup("postgresql", null, "host", null, "db"));
        assertTrue(e.getMessage().contains("not dialect+driver"), e.getMessage());
    }

    @Test
    void refusesAPatternWithoutHostOnceEarlierChecksPass() {
        DbAuth auth = fromJson("[" + entry("postgresql:///db", null, "pw") + "]");
        RepoException e = assertThrows(RepoException.class, () -> auth.lookup("postgresql", null, "h", null, "db"));
        assertTrue(e.getMessage().contains("has no host"), e.getMessage());
        assertTrue(auth.lookup("postgresql", null, "h", null, "other").isEmpty(), "database mismatch is checked first");
    }

    @Test
    void refusesAnEntryWithoutUrlOrMatchedWithoutPassword() {
        assertThrows(RepoException.class, () -> fromJson("[{\"password\": \"pw\"}]")
                .lookup("postgresql", null, "h", null, "db"));
        RepoException e = assertThrows(RepoException.class, () -> fromJson("[{\"url\": \"postgresql://h\"}]")
                .lookup("postgresql", null, "h", null, "db"));
        assertTrue(e.getMessage().contains("has no password"), e.getMessage());
    }

    @Test
    void environmentJsonWinsOverFiles() throws IOException {
        Path file = privateFile(dir.resolve("auth.yaml"), "- url: postgresql://host\n  password: from-file\n");
        privateFile(dir.resolve("home/.lsst/db-auth.yaml"), "- url: postgresql://host\n  password: from-home\n");
        DbAuth auth = DbAuth.fromEnvironment(TestEnv.env(dir,
                DbAuth.CREDENTIALS_VARIABLE, "[" + entry("postgresql://host", null, "from-env") + "]",
                DbAuth.PATH_VARIABLE, file.toString()));
        assertEquals("from-env", passwordFor(auth));
    }

    @Test
    void lsstDbAuthFileWinsOverTheHomeDirectoryFile() throws IOException {
        Path file = privateFile(dir.resolve("auth.yaml"), "- url: postgresql://host\n  password: from-file\n");
        privateFile(dir.resolve("home/.lsst/db-auth.yaml"), "- url: postgresql://host\n  password: from-home\n");
        assertEquals("from-file", passwordFor(DbAuth.fromEnvironment(TestEnv.env(dir, DbAuth.PATH_VARIABLE, file.toString()))));
    }

    @Test
    void homeDirectoryFileIsTheDefault() throws IOException {
        privateFile(dir.resolve("home/.lsst/db-auth.yaml"), "- url: postgresql://host\n  password: from-home\n");
        assertEquals("from-home", passwordFor(DbAuth.fromEnvironment(TestEnv.env(dir))));
    }

    @Test
    void missingFileMeansNoCredentialsSilently() {
        DbAuth auth = DbAuth.fromEnvironment(TestEnv.env(dir, DbAuth.PATH_VARIABLE, dir.resolve("absent.yaml").toString()));
        assertEquals(0, auth.size());
        assertTrue(auth.lookup("postgresql", null, "host", null, "db").isEmpty());
    }

    @Test
    void refusesAFileOthersCanRead() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path file = TestEnv.write(dir.resolve("home/.lsst/db-auth.yaml"), "- url: postgresql://host\n  password: pw\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        RepoException e = assertThrows(RepoException.class, () -> DbAuth.fromEnvironment(TestEnv.env(dir)));
        assertEquals("db-auth file " + file + " is readable by group or others (mode 0644); chmod 600 it",
                e.getMessage());
    }

    @Test
    void refusesAFileTheGroupCanWrite() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path file = TestEnv.write(dir.resolve("auth.yaml"), "[]\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw--w----"));
        RepoException e = assertThrows(RepoException.class,
                () -> DbAuth.fromEnvironment(TestEnv.env(dir, DbAuth.PATH_VARIABLE, file.toString())));
        assertTrue(e.getMessage().contains("(mode 0620)"), e.getMessage());
    }

    @Test
    void acceptsOwnerOnlyModes() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path file = privateFile(dir.resolve("auth.yaml"), "- url: postgresql://host\n  password: pw\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--------"));
        assertEquals("pw", passwordFor(DbAuth.fromEnvironment(TestEnv.env(dir, DbAuth.PATH_VARIABLE, file.toString()))));
    }

    @Test
    void expandsTildeInLsstDbAuth() throws IOException {
        privateFile(dir.resolve("home/secrets/auth.yaml"), "- url: postgresql://host\n  password: tilde\n");
        assertEquals("tilde", passwordFor(DbAuth.fromEnvironment(TestEnv.env(dir, DbAuth.PATH_VARIABLE, "~/secrets/auth.yaml"))));
    }

    @Test
    void badJsonInTheVariableIsReportedWithoutItsContent() {
        RepoException e = assertThrows(RepoException.class,
                () -> fromJson("[{\"url\": \"postgresql://h\", \"password\": hunter2}]"));
        assertTrue(e.getMessage().contains(DbAuth.CREDENTIALS_VARIABLE), e.getMessage());
        assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
    }

    @Test
    void badYamlInTheFileIsReportedWithoutItsContent() throws IOException {
        Path file = privateFile(dir.resolve("auth.yaml"), "- url: postgresql://h\n  password: 'hunter2\n");
        RepoException e = assertThrows(RepoException.class,
                () -> DbAuth.fromEnvironment(TestEnv.env(dir, DbAuth.PATH_VARIABLE, file.toString())));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
    }

    @Test
    void refusesContentThatIsNotAListOfMappings() {
        assertThrows(RepoException.class, () -> fromJson("{\"url\": \"postgresql://h\"}"));
        assertThrows(RepoException.class, () -> fromJson("[\"postgresql://h\"]"));
    }

    private String passwordFor(DbAuth auth) {
        return auth.lookup("postgresql", null, "host", null, "db").orElseThrow().password().revealAsString();
    }

    private static Path privateFile(Path file, String text) throws IOException {
        TestEnv.write(file, text);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
        return file;
    }
}
