package org.lsst.butlerbrowser.model.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The property runner: reproducible tries, a stop at the first failure, a message that repeats it. */
class PropertiesTest {

    private static final Gen<Long> NUMBERS = java.util.Random::nextLong;

    @Test
    void aPropertyThatHoldsSeesEveryTryWithADifferentInput() {
        List<Long> seen = new ArrayList<>();
        Properties.run("holds", 500, 7, NUMBERS, seen::add);
        assertEquals(500, seen.size());
        assertEquals(500, new HashSet<>(seen).size(), "tries a seed step apart must not repeat inputs");
    }

    @Test
    void theSameFirstSeedGivesTheSameInputs() {
        List<Long> first = new ArrayList<>();
        List<Long> second = new ArrayList<>();
        Properties.run("again", 50, -3, NUMBERS, first::add);
        Properties.run("again", 50, -3, NUMBERS, second::add);
        assertEquals(first, second);
    }

    @Test
    void theFailingTrysSeedGeneratesItsInputAsTheFirstTry() {
        List<Long> seen = new ArrayList<>();
        AssertionError failure = assertThrows(AssertionError.class, () -> Properties.run("Parser#fails", 1_000, 11,
                NUMBERS, n -> {
                    seen.add(n);
                    assertTrue(Math.floorMod(n, 17) != 5, "a multiple of 17 plus 5");
                }));
        long failing = seen.get(seen.size() - 1);
        assertEquals(5, Math.floorMod(failing, 17));
        assertTrue(failure.getMessage().startsWith("Parser#fails failed on try " + seen.size() + " of 1000"),
                failure.getMessage());
        assertTrue(failure.getMessage().contains("input (" + Long.toString(failing).length() + " units): " + failing),
                failure.getMessage());
        assertTrue(failure.getMessage().contains("a multiple of 17 plus 5"), failure.getMessage());

        Matcher seed = Pattern.compile("-Dfuzz\\.seed=(-?\\d+) ").matcher(failure.getMessage());
        assertTrue(seed.find(), failure.getMessage());
        assertTrue(failure.getMessage().contains("-Dtest='Parser#fails'"), failure.getMessage());
        List<Long> again = new ArrayList<>();
        assertThrows(AssertionError.class, () -> Properties.run("Parser#fails", 1, Long.parseLong(seed.group(1)),
                NUMBERS, n -> {
                    again.add(n);
                    assertTrue(Math.floorMod(n, 17) != 5);
                }));
        assertEquals(List.of(failing), again);
    }

    @Test
    void aGeneratorThatFailsIsReportedWithItsSeed() {
        AssertionError failure = assertThrows(AssertionError.class, () -> Properties.run("Broken#generator", 10, 1,
                r -> {
                    throw new IllegalStateException("cannot make one");
                }, value -> { }));
        assertTrue(failure.getMessage().contains("(not generated)") && failure.getMessage().contains("-Dfuzz.seed=1 "),
                failure.getMessage());
        assertTrue(failure.getCause() instanceof IllegalStateException);
    }
}
