package org.lsst.butlerbrowser.model.repo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.function.Executable;

/** The password must appear in no message and no string form, whatever goes wrong. */
class PasswordLeakTest {

    private static final String PW = "Zq7-pw-Xy9";

    @TempDir
    Path dir;

    private RepoResolver resolver(String... vars) {
        return new RepoResolver(TestEnv.env(dir, vars));
    }

    @Test
    void noFailureMessageContainsThePassword() {
        TestEnv.write(dir.resolve("nodb/butler.yaml"), "registry:\n  password: " + PW + "\n");
        TestEnv.write(dir.resolve("badport/butler.yaml"), "registry:\n  db: postgresql://u:" + PW + "@h:99999/db\n");
        TestEnv.write(dir.resolve("mysql/butler.yaml"), "registry:\n  db: mysql://u:" + PW + "@h/db\n");
        TestEnv.write(dir.resolve("nourl/butler.yaml"), "registry:\n  db: u:" + PW + "@h/db\n");
        TestEnv.write(dir.resolve("broken/butler.yaml"), "registry:\n  password: '" + PW + "\n");
        TestEnv.write(dir.resolve("dup/butler.yaml"), "registry:\n  password: " + PW + "\n  password: " + PW + "\n");
        TestEnv.write(dir.resolve("json/butler.json"), "{\"registry\": {\"password\": " + PW + "}}");
        List<Executable> failures = List.of(
                () -> resolver().resolve(dir.resolve("nodb").toString()),
                () -> resolver().resolve(dir.resolve("badport").toString()),
                () -> resolver().resolve(dir.resolve("mysql").toString()),
                () -> resolver().resolve(dir.resolve("nourl").toString()),
                () -> resolver().resolve(dir.resolve("broken").toString()),
                () -> resolver().resolve(dir.resolve("dup").toString()),
                () -> resolver().resolve(dir.resolve("json").toString()),
                () -> resolver().resolve("postgresql://u:" + PW + "@h:port/db"),
                () -> resolver().resolve("postgresql://u:" + PW + "/x@h/db"),
                () -> resolver().resolve("postgresql://u:" + PW + "@h"),
                () -> resolver().resolve("postgresql://h?password=" + PW),
                () -> resolver().resolve("s3://u:" + PW + "@bucket/repo"),
                () -> resolver(RepositoryIndex.INLINE_VARIABLE, "x: https://u:" + PW + "@host/repo").resolve("x"),
                () -> resolver(DbAuth.CREDENTIALS_VARIABLE, "[{\"url\": \"postgresql://h\", \"password\": " + PW + "}]")
                        .resolve("postgresql://h/db"),
                () -> resolver(DbAuth.CREDENTIALS_VARIABLE, "[{\"url\": \"postgresql://u:" + PW + "@/db\", \"password\": \"x\"}]")
                        .resolve("postgresql://u@h/db"),
                () -> resolver(DbAuth.CREDENTIALS_VARIABLE, "[{\"url\": \"postgresql+pg8000://u:" + PW + "@h\", \"password\": \"x\"}]")
                        .resolve("postgresql://h/db"),
                () -> resolver(DbAuth.CREDENTIALS_VARIABLE, "[{\"url\": \"postgresql://u:" + PW + "@h:bad\", \"password\": \"x\"}]")
                        .resolve("postgresql://h/db"),
                () -> resolver(DbAuth.CREDENTIALS_VARIABLE, "[{\"url\": \"postgresql://h\", \"password\": [\"" + PW + "\"]}]")
                        .resolve("postgresql://h/db"));
        for (int i = 0; i < failures.size(); i++) {
            RepoException e = assertThrows(RepoException.class, failures.get(i), "case " + i);
            for (Throwable t = e; t != null; t = t.getCause()) {
                assertFalse(String.valueOf(t.getMessage()).contains(PW), t.getMessage());
                assertFalse(t.toString().contains(PW), t.toString());
            }
        }
    }

    @Test
    void noStringFormContainsThePassword() {
        PostgresRepo repo = assertInstanceOf(PostgresRepo.class, resolver(DbAuth.CREDENTIALS_VARIABLE,
                "[{\"url\": \"postgresql://h\", \"username\": \"u\", \"password\": \"" + PW + "\"}]")
                .resolve("postgresql://h/db?sslmode=require"));
        assertEquals(PW, repo.password().revealAsString());
        DbAuth auth = DbAuth.fromEnvironment(TestEnv.env(dir, DbAuth.CREDENTIALS_VARIABLE,
                "[{\"url\": \"postgresql://h\", \"password\": \"" + PW + "\"}]"));
        List<Supplier<String>> forms = new ArrayList<>(List.of(
                repo::toString, repo::description, repo::jdbcUrl, () -> repo.jdbcProperties().toString(),
                () -> repo.password().toString(), auth::toString,
                () -> auth.lookup("postgresql", null, "h", null, "db").orElseThrow().toString(),
                () -> PostgresUrl.parse("postgresql://u:" + PW + "@h/db?password=" + PW).toString()));
        for (Supplier<String> form : forms) {
            assertFalse(form.get().contains(PW), form.get());
        }
    }
}
