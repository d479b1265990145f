package org.lsst.butlerbrowser.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every butler command recorded in expected/REPO/cli/ and the where-clause commands of
 * expected/rc2-sqlite/where/ are run through our command line with the same arguments; the rows
 * must be the same (layout may differ).
 */
class CliOracleTest {

    static Stream<Arguments> commands() throws IOException {
        List<Arguments> list = new ArrayList<>();
        for (String repo : List.of(CliRunner.RC2_SQLITE, CliRunner.OLD_UNIVERSE, CliRunner.RC2_POSTGRES)) {
            for (String dir : List.of("cli", "where")) {
                // The where-clause answers were recorded on rc2-sqlite; the PostgreSQL copy holds the same content.
                String recordedOn = dir.equals("where") && repo.equals(CliRunner.RC2_POSTGRES) ? CliRunner.RC2_SQLITE : repo;
                Path listing = CliRunner.expectedDir(recordedOn).resolve(dir).resolve("commands.json");
                if (!Files.exists(listing)) {
                    continue;
                }
                for (JsonNode c : new ObjectMapper().readTree(listing.toFile())) {
                    List<String> args = new ArrayList<>();
                    c.get(1).forEach(a -> args.add(a.asText()));
                    list.add(Arguments.of(repo, recordedOn + "/" + dir + "/" + c.get(0).asText(), args));
                }
            }
        }
        return list.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("commands")
    void reproducesTheButlerCommandLine(String repo, String name, List<String> butlerArgs) throws IOException {
        if (repo.equals(CliRunner.RC2_POSTGRES)) {
            CliRunner.assumePostgres();
        }
        String expectedText = Files.readString(CliRunner.expectedDir(CliRunner.RC2_SQLITE).getParent().resolve(name + ".txt"));
        // Processing outputs have random (UUIDv7) ids that differ between the two rc2 copies.
        boolean sameIds = name.startsWith(repo + "/");
        List<String> args = new ArrayList<>();
        args.add(butlerArgs.get(0));
        args.add(CliRunner.repoArgument(repo));
        args.addAll(butlerArgs.subList(1, butlerArgs.size()));
        CliRunner.Result result = CliRunner.run(repo, args);
        assertEquals(0, result.status(), "exit status; stderr: " + result.err());

        List<Map<String, String>> expected = TextTables.rows(expectedText);
        List<Map<String, String>> ours = TextTables.rows(result.out());
        assertFalse(expected.isEmpty() && !expectedText.isBlank(), "the expected output has a table");
        assertEquals(counts(expected, sameIds), counts(project(ours, expected), sameIds), name);
    }

    /** Our rows without the columns the butler never prints (such as validity ranges). */
    private static List<Map<String, String>> project(List<Map<String, String>> ours, List<Map<String, String>> expected) {
        java.util.Set<String> butlerColumns = new java.util.HashSet<>();
        expected.forEach(r -> butlerColumns.addAll(r.keySet()));
        List<Map<String, String>> out = new ArrayList<>();
        for (Map<String, String> row : ours) {
            Map<String, String> p = new LinkedHashMap<>(row);
            p.keySet().retainAll(butlerColumns);
            out.add(p);
        }
        return out;
    }

    /** Rows as a multiset; absolute repo paths in URIs are replaced by the butler's <butlerRoot>. */
    private static Map<String, Integer> counts(List<Map<String, String>> rows, boolean compareIds) {
        Map<String, Integer> counts = new HashMap<>();
        for (Map<String, String> r : rows) {
            Map<String, String> copy = new LinkedHashMap<>(r);
            if (!compareIds) {
                copy.remove("id");
            }
            copy.computeIfPresent("URI", (k, v) -> v.replaceFirst("^file://.*?/(HSC|OldCam)/", "file://<butlerRoot>/$1/"));
            counts.merge(copy.toString(), 1, Integer::sum);
        }
        return counts;
    }
}
