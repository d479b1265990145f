package org.lsst.butlerbrowser.model.repo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class PostgresUrlTest {

    @Test
    void parsesEveryPart() {
        PostgresUrl url = PostgresUrl.parse("postgresql://alice:s3cret@db.example.org:6543/butler?namespace=rc2&sslmode=require");
        assertNull(url.driver());
        assertEquals("alice", url.username());
        assertEquals("s3cret", url.password().revealAsString());
        assertEquals("db.example.org", url.host());
        assertEquals(6543, url.port());
        assertEquals("butler", url.database());
        assertEquals(Map.of("namespace", "rc2", "sslmode", "require"), url.query());
    }

    @Test
    void keepsTheDriverSuffixSeparately() {
        PostgresUrl url = PostgresUrl.parse("postgresql+psycopg2://host/db");
        assertEquals("psycopg2", url.driver());
        assertEquals("postgresql+psycopg2", url.driverName());
        assertNull(url.port());
        assertNull(url.username());
        assertNull(url.password());
    }

    @Test
    void leavesOutWhatTheUrlOmits() {
        PostgresUrl url = PostgresUrl.parse("postgresql:///butler");
        assertNull(url.host());
        assertEquals("butler", url.database());
        assertNull(PostgresUrl.parse("postgresql://host").database());
    }

    @Test
    void decodesPercentEncodedUserAndPasswordButKeepsPlus() {
        PostgresUrl url = PostgresUrl.parse("postgresql://al%40ice:p%2Fw%3Fx+y%40@host/db");
        assertEquals("al@ice", url.username());
        assertEquals("p/w?x+y@", url.password().revealAsString());
    }

    @Test
    void splitsUserInfoAtTheLastAtSign() {
        assertEquals("p@ss", PostgresUrl.parse("postgresql://u:p@ss@host/db").password().revealAsString());
    }

    @Test
    void readsBracketedIpv6Hosts() {
        PostgresUrl url = PostgresUrl.parse("postgresql://[::1]:5433/db");
        assertEquals("::1", url.host());
        assertEquals(5433, url.port());
        assertEquals("postgresql://[::1]:5433/db", url.toString());
    }

    @Test
    void printsWithoutThePassword() {
        PostgresUrl url = PostgresUrl.parse("postgresql://alice:s3cret@host:5432/db?password=other&sslmode=require");
        assertEquals("postgresql://alice:***@host:5432/db?password=***&sslmode=require", url.toString());
    }

    @Test
    void refusesABadPortWithoutQuotingThePassword() {
        RepoException e = assertThrows(RepoException.class,
                () -> PostgresUrl.parse("postgresql://alice:s3cret@host:54x2/db"));
        assertEquals("invalid port in PostgreSQL URL postgresql://alice:***@host:54x2/db", e.getMessage());
        assertThrows(RepoException.class, () -> PostgresUrl.parse("postgresql://host:70000/db"));
    }

    @Test
    void refusesAnUnencodedSlashInThePasswordRatherThanShowingIt() {
        RepoException e = assertThrows(RepoException.class,
                () -> PostgresUrl.parse("postgresql://alice:1234/s3cret@host/db"));
        assertFalse(e.getMessage().contains("s3cret"), e.getMessage());
        assertTrue(e.getMessage().contains("percent-encode"), e.getMessage());
    }

    @Test
    void recognisesOnlyPostgresqlSchemes() {
        assertTrue(PostgresUrl.isPostgresUrl("postgresql://h/d"));
        assertTrue(PostgresUrl.isPostgresUrl("POSTGRESQL+psycopg2://h/d"));
        assertFalse(PostgresUrl.isPostgresUrl("postgres://h/d"));
        assertFalse(PostgresUrl.isPostgresUrl("sqlite:///x"));
        assertFalse(PostgresUrl.isPostgresUrl("/data/repo"));
    }

    @Test
    void redactsPasswordsInTextThatIsNotAValidUrl() {
        assertEquals("s3://u:***@bucket/x", PostgresUrl.redact("s3://u:s3cret@bucket/x"));
        assertEquals("postgresql://h/d?password=***", PostgresUrl.redact("postgresql://h/d?password=s3cret"));
        assertEquals("postgresql://host:5432/db", PostgresUrl.redact("postgresql://host:5432/db"));
    }

    @Test
    void buildsAJdbcUrlWithoutThePasswordAndPassesItAsAProperty() {
        PostgresRepo repo = new PostgresRepo("db.example.org", 5433, "butler rc2", "alice", "rc2",
                Secret.of("s3cret"), Map.of("sslmode", "require"), "test");
        assertEquals("jdbc:postgresql://db.example.org:5433/butler+rc2", repo.jdbcUrl());
        Properties props = repo.jdbcProperties();
        assertEquals("alice", props.getProperty("user"));
        assertEquals("s3cret", props.getProperty("password"));
        assertEquals("require", props.getProperty("sslmode"));
        assertFalse(props.toString().contains("s3cret"), props.toString());
        assertFalse(repo.toString().contains("s3cret"), repo.toString());
    }

    @Test
    void bracketsIpv6HostsInJdbcUrls() {
        PostgresRepo repo = new PostgresRepo("::1", 5432, "db", null, null, null, null, "test");
        assertEquals("jdbc:postgresql://[::1]:5432/db", repo.jdbcUrl());
        assertNull(repo.jdbcProperties().getProperty("user"));
    }

    @Test
    void refusesAPasswordSmuggledIntoTheOptions() {
        assertThrows(IllegalArgumentException.class, () -> new PostgresRepo("h", 5432, "db", null, null, null,
                Map.of("password", "x"), "test"));
    }
}
