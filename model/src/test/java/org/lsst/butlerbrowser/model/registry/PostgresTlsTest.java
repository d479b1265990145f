package org.lsst.butlerbrowser.model.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lsst.butlerbrowser.model.registry.BadInputs.assertClearMessage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lsst.butlerbrowser.model.db.DatabaseException;
import org.lsst.butlerbrowser.model.repo.RepoLocation;
import org.lsst.butlerbrowser.model.repo.RepoResolver;
import org.lsst.butlerbrowser.model.testing.TestRepos;

/**
 * TLS to PostgreSQL as libpq and daf_butler spell it in the URL: {@code sslmode=verify-full} with
 * the CA file in {@code sslrootcert}. The test server's certificate is signed by a CA that
 * pg-test-server.sh made; the same server refuses to be trusted through another CA, through a
 * host name its certificate does not name, or through a CA file that is not there.
 */
class PostgresTlsTest {

    @TempDir
    Path dir;

    @BeforeEach
    void needsPostgres() {
        TestRepos.assumePostgres();
    }

    private static String rootCert() {
        return System.getProperty("butler.test.pg.sslRootCert");
    }

    private static RepoLocation verifyFull(String url, String caFile) {
        return new RepoResolver(TestRepos.environmentWithCredentials())
                .resolve(url + "?sslmode=verify-full&sslrootcert=" + caFile, "rc2");
    }

    private static String testUrl() {
        return System.getProperty("butler.test.pg.url");
    }

    @Test
    void verifyFullWithTheServersCaReadsTheRegistryOverTls() throws SQLException {
        try (Registry plain = TestRepos.open(TestRepos.RC2_POSTGRES);
             Registry tls = Registry.open(verifyFull(testUrl(), rootCert()));
             Connection c = tls.database().connection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) {
            assertTrue(rs.next());
            assertTrue(rs.getBoolean(1), "the session is not encrypted");
            assertTrue(rs.getString(2).startsWith("TLS"), rs.getString(2));
            assertEquals(plain.tableRowCounts(), tls.tableRowCounts());
        }
    }

    private static String refusal(RepoLocation location) {
        DatabaseException e = assertThrows(DatabaseException.class, () -> Registry.open(location));
        assertFalse(BadInputs.fullTrace(e).contains(TestRepos.password()), "the password is in the trace");
        return assertClearMessage(e, "cannot connect to " + location.description() + ": ");
    }

    @Test
    void anotherCaIsRefused() {
        RepoLocation location = verifyFull(testUrl(), System.getProperty("butler.test.pg.sslOtherRootCert"));
        assertEquals("cannot connect to " + location.description() + ": the server's TLS certificate is not signed by"
                + " a CA the client trusts (the sslrootcert file, by default ~/.postgresql/root.crt)", refusal(location));
    }

    /** The certificate names IP 127.0.0.1 only; "localhost" reaches the same server but is not that name. */
    @Test
    void aHostNameTheCertificateDoesNotNameIsRefused() {
        RepoLocation location = verifyFull(testUrl().replace("127.0.0.1", "localhost"), rootCert());
        assertEquals("cannot connect to " + location.description() + ": the server's TLS certificate is not for the"
                + " host name the connection names (sslmode=verify-full checks it)", refusal(location));
    }

    @Test
    void aMissingCaFileIsNamed() {
        Path missing = dir.resolve("no-such-ca.crt");
        RepoLocation location = verifyFull(testUrl(), missing.toString());
        assertEquals("cannot connect to " + location.description() + ": cannot read the CA file given as sslrootcert ("
                + missing + " (No such file or directory))", refusal(location));
    }
}
