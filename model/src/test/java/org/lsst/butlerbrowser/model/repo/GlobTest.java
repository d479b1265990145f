package org.lsst.butlerbrowser.model.repo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lsst.butlerbrowser.model.testing.Properties;

/** Expectations are what Python's fnmatch.fnmatch returns on POSIX. */
class GlobTest {

    @ParameterizedTest(name = "fnmatch({0}, {1}) = {2}")
    @CsvSource({
        "host.example.com, *.example.com, true",
        "example.com, *.example.com, false",
        "a.b.example.com, *.example.com, true",
        "host.example.com, *, true",
        "'', *, true",
        "my_database, my_*, true",
        "my_database, MY_*, false",
        "db1, db?, true",
        "db12, db?, false",
        "db7, db[0-9], true",
        "dbx, db[0-9], false",
        "dbx, db[!0-9], true",
        "db7, db[!0-9], false",
        "db], db[]], true",
        "db[, db[, true",
        "a.b, a.b, true",
        "axb, a.b, false",
        "a+b, a+b, true",
        "db-, db[a-], true",
        "db(x), db(x), true",
        "a\\b, a\\b, true",
    })
    void matchesLikePythonFnmatch(String text, String pattern, boolean expected) {
        assertEquals(expected, Glob.matches(text, pattern));
    }

    /** Short patterns of stars, '?' and a few letters against short texts, as an independent matcher says. */
    @Test
    void starsAndQuestionMarksMatchAsATableOfPrefixesSays() {
        Properties.forAll(2_000, r -> new String[] {word(r, "ab.*?"), word(r, "ab.")}, pair -> assertEquals(
                table(pair[1], pair[0]), Glob.matches(pair[1], pair[0]), "fnmatch(" + pair[1] + ", " + pair[0] + ")"));
    }

    /** Found by the fuzzer: 3,051 stars overflowed Pattern.compile's stack (and backtracking over them is exponential). */
    @Test
    void thousandsOfStarsAreMatchedWithoutBacktracking() {
        String as = "a".repeat(5_000);
        assertTrue(Glob.matches(as, "*a".repeat(3_000)));
        assertFalse(Glob.matches(as, "*a".repeat(3_000) + "b"));
        assertFalse(Glob.matches(as, "*a".repeat(5_001)));
    }

    private static String word(Random r, String alphabet) {
        StringBuilder sb = new StringBuilder();
        for (int i = r.nextInt(9); i > 0; i--) {
            sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    /** The textbook oracle: whether the first i characters of the text match the first j of the pattern. */
    private static boolean table(String text, String pattern) {
        boolean[][] m = new boolean[text.length() + 1][pattern.length() + 1];
        m[0][0] = true;
        for (int i = 0; i <= text.length(); i++) {
            for (int j = 1; j <= pattern.length(); j++) {
                char p = pattern.charAt(j - 1);
                m[i][j] = p == '*' ? m[i][j - 1] || i > 0 && m[i - 1][j]
                        : i > 0 && m[i - 1][j - 1] && (p == '?' || p == text.charAt(i - 1));
            }
        }
        return m[text.length()][pattern.length()];
    }
}
