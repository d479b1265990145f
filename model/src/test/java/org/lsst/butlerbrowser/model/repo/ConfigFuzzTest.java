package org.lsst.butlerbrowser.model.repo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lsst.butlerbrowser.model.testing.Corpus;
import org.lsst.butlerbrowser.model.testing.Gen;
import org.lsst.butlerbrowser.model.testing.Hostile;
import org.lsst.butlerbrowser.model.testing.ParserContract;
import org.lsst.butlerbrowser.model.testing.Properties;

/**
 * The readers of configuration that anyone may have written (butler.yaml and its includes,
 * db-auth.yaml, the repository index, PostgreSQL URLs) against hostile files: a value or a
 * {@link RepoException} naming the problem, never a stack overflow, an alias explosion or a leak
 * of the password the text holds.
 */
class ConfigFuzzTest {

    private static final ParserContract<Object> YAML = ParserContract.of("YAML configuration reader",
            ConfigFuzzTest::checkTree, RepoException.class).allocating(64L << 20, 1000);
    private static final ParserContract<Object> JSON = ParserContract.of("JSON configuration reader",
            ConfigFuzzTest::checkTree, RepoException.class).allocating(64L << 20, 1000);
    private static final ParserContract<RepoLocation> BUTLER_YAML = ParserContract.<RepoLocation>of("butler.yaml reader",
            location -> assertFalse(location.toString().isBlank()), RepoException.class).allocating(64L << 20, 1000);
    private static final ParserContract<Optional<DbAuth.Credentials>> DB_AUTH = ParserContract.<Optional<DbAuth.Credentials>>of("db-auth reader",
            credentials -> { }, RepoException.class).allocating(64L << 20, 1000);
    private static final ParserContract<RepositoryIndex> INDEX = ParserContract.<RepositoryIndex>of("repository index reader",
            index -> index.labels().forEach(label -> assertTrue(index.uriFor(label).isPresent())),
            RepoException.class).allocating(64L << 20, 1000);
    private static final ParserContract<PostgresUrl> URL = ParserContract.<PostgresUrl>of("PostgreSQL URL parser",
            url -> assertFalse(url.toString().isBlank()), RepoException.class);

    private static final List<String> YAML_WORDS = List.of("&a ", "*a", "&b ", "*b", "[", "]", "{", "}", ": ", "- ",
            "? ", "!include ", "!!binary ", "!!str ", "---\n", "...\n", "\n  ", "\"", "'", "#", "|\n", ">\n", "<<: ",
            "registry:", "db: ", "includeConfigs: ", "sqlite:///", "postgresql://", "<butlerRoot>", "cls: ", "root: ",
            "url: ", "password: ", "username: ", "${HOME}", "$X", "%YAML 1.2\n", "%TAG ! tag:x,2000:\n");
    private static final List<String> JSON_WORDS = List.of("{", "}", "[", "]", ":", ",", "\"", "\\u0000", "\\ud800",
            "null", "true", "1e999", "-0", "\"registry\"", "\"db\"", "\"url\"", "\"password\"");
    private static final List<String> URL_WORDS = List.of("postgresql://", "postgresql+psycopg2://", "@", ":", "/",
            "?", "&", "=", "%", "%2F", "%40", "%zz", "[", "]", "::1", "password=", "namespace=", "5432", "65536");

    private static final Path DIR = scratchDirectory();

    private static Path scratchDirectory() {
        try {
            Path dir = Files.createDirectories(Path.of("target", "fuzz-scratch", "config")).toAbsolutePath();
            Files.createDirectories(dir.resolve("home"));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What callers do with a parsed tree: walk it as a tree. It must be small and shallow. */
    private static void checkTree(Object root) {
        Deque<Object[]> stack = new ArrayDeque<>();
        stack.push(new Object[] {root, 0});
        long nodes = 0;
        while (!stack.isEmpty()) {
            Object[] top = stack.pop();
            int depth = (int) top[1];
            assertTrue(depth <= ConfigLoader.MAX_NESTING + 1, "the tree is nested " + depth + " deep");
            assertTrue(++nodes <= 1_000_000, "the tree has more than a million nodes (an alias explosion)");
            if (top[0] instanceof Map<?, ?> m) {
                m.forEach((k, v) -> {
                    stack.push(new Object[] {k, depth + 1});
                    stack.push(new Object[] {v, depth + 1});
                });
            } else if (top[0] instanceof List<?> l) {
                l.forEach(v -> stack.push(new Object[] {v, depth + 1}));
            }
        }
    }

    private static Path write(String name, String text) {
        try {
            Path file = DIR.resolve(name);
            Files.write(file, text.getBytes(StandardCharsets.UTF_8)); // a lone surrogate becomes '?', as in any file
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Environment env(String... vars) {
        return TestEnv.env(DIR, DIR, vars);
    }

    private static Gen<String> yamlTexts() {
        return Hostile.text(union(Corpus.texts("yaml"), Corpus.texts("butler-yaml"), Corpus.texts("db-auth"),
                Corpus.texts("repo-index")), YAML_WORDS);
    }

    private static Gen<String> jsonTexts() {
        return Hostile.text(union(Corpus.texts("json"), List.of("[{\"url\": \"postgresql://h/d\", \"password\": \"x\"}]")),
                JSON_WORDS);
    }

    private static Gen<String> butlerYamls() {
        return Hostile.text(Corpus.texts("butler-yaml"), YAML_WORDS);
    }

    private static Gen<String> dbAuthTexts() {
        return Hostile.text(Corpus.texts("db-auth"), union(YAML_WORDS, URL_WORDS));
    }

    private static Gen<String> indexTexts() {
        return Hostile.text(Corpus.texts("repo-index"), union(YAML_WORDS, JSON_WORDS));
    }

    private static Gen<String> urls() {
        return Hostile.text(Corpus.texts("postgres-url"), URL_WORDS);
    }

    @SafeVarargs
    private static List<String> union(List<String>... lists) {
        return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
    }

    @Test
    void hostileYamlIsReadOrRefused() {
        Properties.forAll(yamlTexts(),
                text -> YAML.check(text, () -> ConfigLoader.parseYaml(text, "fuzz.yaml", ConfigLoader.Detail.FULL)));
    }

    @Test
    void hostileJsonIsReadOrRefused() {
        Properties.forAll(jsonTexts(),
                text -> JSON.check(text, () -> ConfigLoader.parseJson(text, "fuzz.json", ConfigLoader.Detail.FULL)));
    }

    @Test
    void hostileButlerYamlLocatesARegistryOrIsRefused() {
        Properties.forAll(butlerYamls(), text -> {
            write("butler.yaml", text);
            BUTLER_YAML.check(text, () -> new RepoResolver(env()).resolve(DIR.toString()));
        });
    }

    @Test
    void hostileDbAuthFilesFindCredentialsOrAreRefused() {
        Properties.forAll(dbAuthTexts(), text -> {
            write("db-auth.yaml", text);
            DB_AUTH.check(text, () -> DbAuth.fromEnvironment(env(DbAuth.PATH_VARIABLE, DIR.resolve("db-auth.yaml").toString()))
                    .lookup("postgresql", "user", "host.example.com", 5432, "my_database"));
        });
    }

    @Test
    void hostileDbAuthJsonFindsCredentialsOrIsRefused() {
        Properties.forAll(jsonTexts(), text -> DB_AUTH.check(text,
                () -> DbAuth.fromEnvironment(env(DbAuth.CREDENTIALS_VARIABLE, text))
                        .lookup("postgresql", null, "host.example.com", null, "my_database")));
    }

    @Test
    void hostileRepositoryIndexesAreReadOrRefused() {
        Properties.forAll(indexTexts(), text -> {
            INDEX.check(text, () -> RepositoryIndex.fromEnvironment(env(RepositoryIndex.INLINE_VARIABLE, text)));
            write("index.yaml", text);
            INDEX.check(text, () -> RepositoryIndex.fromEnvironment(
                    env(RepositoryIndex.INDEX_VARIABLE, DIR.resolve("index.yaml").toString())));
        });
    }

    @Test
    void hostilePostgresUrlsAreReadOrRefused() {
        Properties.forAll(urls(), text -> URL.check(text, () -> PostgresUrl.parse(text)));
    }

    @Test
    void everyCorpusInputIsReadOrRefused() {
        YAML.checkCorpus(Corpus.of("yaml"), e -> () -> ConfigLoader.parseYaml(e.text(), e.name(), ConfigLoader.Detail.FULL));
        JSON.checkCorpus(Corpus.of("json"), e -> () -> ConfigLoader.parseJson(e.text(), e.name(), ConfigLoader.Detail.FULL));
        BUTLER_YAML.checkCorpus(Corpus.of("butler-yaml"), e -> () -> {
            write("butler.yaml", e.text());
            return new RepoResolver(env()).resolve(DIR.toString());
        });
        DB_AUTH.checkCorpus(Corpus.of("db-auth"), e -> () -> {
            write("db-auth.yaml", e.text());
            return DbAuth.fromEnvironment(env(DbAuth.PATH_VARIABLE, DIR.resolve("db-auth.yaml").toString()))
                    .lookup("postgresql", "user", "host.example.com", 5432, "my_database");
        });
        INDEX.checkCorpus(Corpus.of("repo-index"), e -> () -> {
            write("index." + (e.name().endsWith(".json") ? "json" : "yaml"), e.text());
            return RepositoryIndex.fromEnvironment(env(RepositoryIndex.INDEX_VARIABLE,
                    DIR.resolve("index." + (e.name().endsWith(".json") ? "json" : "yaml")).toString()));
        });
        URL.checkCorpus(Corpus.of("postgres-url"), e -> () -> PostgresUrl.parse(e.text()));
    }

    // Faults the fuzzers found, each also in the corpus.

    @Test
    void yamlNestedDeeperThanTheLimitIsRefusedBeforeItIsBuilt() {
        String text = Corpus.file("yaml", "deep-block-500.yaml").text();
        String m = YAML.refuses(text, () -> ConfigLoader.parseYaml(text, "deep.yaml", ConfigLoader.Detail.FULL)).getMessage();
        assertTrue(m.contains("nested more than " + ConfigLoader.MAX_NESTING + " levels"), m);
    }

    @Test
    void anAliasInsideTheSectionItNamesIsRefused() {
        String m = YAML.refuses("a: &a [*a]", () -> ConfigLoader.parseYaml("a: &a [*a]", "self.yaml", ConfigLoader.Detail.FULL))
                .getMessage();
        assertTrue(m.contains("the alias *a refers to a section that contains it"), m);
    }

    /** snakeyaml-engine 2.9 failed with IndexOutOfBounds when a surrogate pair straddled its 1024-char window. */
    @Test
    void emojiAcrossTheParsersReadWindowAreRead() {
        String text = Corpus.file("yaml", "found-emoji-across-the-1024-buffer.yaml").text();
        assertEquals(text, YAML.accepts(text, () -> ConfigLoader.parseYaml(text, "emoji.yaml", ConfigLoader.Detail.FULL)));
    }

    /** The window was also copied on every refill: a 700 kB scalar allocated a gigabyte. */
    @Test
    void longScalarsAreReadInLinearMemory() {
        String text = "${HOME}".repeat(30_000);
        ParserContract<Object> lean = YAML.allocating(16L << 20, 64);
        assertEquals(text, lean.accepts(text, () -> ConfigLoader.parseYaml(text, "long.yaml", ConfigLoader.Detail.FULL)));
    }

    @Test
    void includeConfigsThatIncludeThemselvesFromASectionAreRefused() {
        write("butler.yaml", "registry:\n  includeConfigs: butler.yaml\n");
        String m = BUTLER_YAML.refuses("self-include", () -> new RepoResolver(env()).resolve(DIR.toString())).getMessage();
        assertTrue(m.contains("includes itself"), m);
    }

    @Test
    void messagesQuotingConfigurationAreOneShortLine() {
        String text = Corpus.file("repo-index", "found-key-echoed-in-message.yaml").text();
        String m = INDEX.refuses(text, () -> RepositoryIndex.fromEnvironment(env(RepositoryIndex.INLINE_VARIABLE, text)))
                .getMessage();
        assertTrue(m.length() <= RepoException.MAX_LENGTH && !m.contains("\n"), m);
    }

    /**
     * snakeyaml-engine let a NumberFormatException out for a \\u escape cut off by the end of the text,
     * and an IllegalArgumentException for a tag that decodes to a NUL.
     */
    @Test
    void yamlTheLibraryFailsToReportIsRefused() {
        String text = Corpus.file("yaml", "found-escape-cut-off-at-the-end.yaml").text();
        assertTrue(YAML.refuses(text, () -> ConfigLoader.parseYaml(text, "cut.yaml", ConfigLoader.Detail.FULL)).getMessage()
                .contains("escape sequence is cut off"));
        String tag = Corpus.file("yaml", "found-tag-decoding-to-nul.yaml").text();
        YAML.refuses(tag, () -> ConfigLoader.parseYaml(tag, "tag.yaml", ConfigLoader.Detail.FULL));
    }

    /** A database pattern of 3,051 stars overflowed the stack of the regular expression it was compiled to. */
    @Test
    void aDbAuthPatternOfThousandsOfStarsIsMatchedWithoutRecursion() {
        write("db-auth.yaml", Corpus.file("db-auth", "found-glob-of-3000-stars-overflowed-the-regex-compiler.yaml").text());
        assertTrue(DB_AUTH.accepts("stars", () -> DbAuth.fromEnvironment(env(DbAuth.PATH_VARIABLE,
                DIR.resolve("db-auth.yaml").toString())).lookup("postgresql", "user", "host.example.com", 5432,
                "my_database")).isEmpty());
    }

    /** A ']' before the '[' of a db-auth host made the bracketed host a negative substring. */
    @Test
    void aDbAuthHostWithBracketsOutOfOrderIsReadLikeUrllib() {
        write("db-auth.yaml", Corpus.file("db-auth", "found-close-bracket-before-open.yaml").text());
        DB_AUTH.check("brackets", () -> DbAuth.fromEnvironment(env(DbAuth.PATH_VARIABLE, DIR.resolve("db-auth.yaml").toString()))
                .lookup("postgresql", "user", "host.example.com", 5432, "my_database"));
    }

    /** A db URL whose host was a space ("postgresql:// /tmp/x.s") let the repository's own check escape. */
    @Test
    void aUrlWhoseHostIsWhiteSpaceIsRefused() {
        String text = Corpus.file("butler-yaml", "found-url-host-of-white-space.yaml").text();
        write("butler.yaml", text);
        String m = BUTLER_YAML.refuses(text, () -> new RepoResolver(env()).resolve(DIR.toString())).getMessage();
        assertTrue(m.contains("white space"), m);
    }
}
