package org.lsst.butlerbrowser.model.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Every string comes back exactly as it went in, in both forms the column takes and across the switch. */
class CompactStringsTest {

    private static List<String> readBack(CompactStrings strings) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < strings.size(); i++) {
            out.add(strings.get(i));
        }
        return out;
    }

    private static CompactStrings of(List<String> values) {
        CompactStrings strings = new CompactStrings();
        values.forEach(strings::add);
        return strings;
    }

    @Test
    void fewDistinctValuesAndNullsComeBackInOrder() {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            values.add(i % 7 == 0 ? null : List.of("u", "g", "r", "i", "z", "y", "").get(i % 7));
        }
        CompactStrings strings = of(values);
        assertEquals(values, readBack(strings));
        strings.trim();
        assertEquals(values, readBack(strings));
    }

    @Test
    void uniqueValuesWithSharedPrefixesSurviveTheSwitchFromDictionaryToBlocks() {
        Random random = new Random(42);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < 3 * CompactStrings.DICTIONARY_LIMIT; i++) {
            String uuid = Long.toHexString(random.nextLong());
            values.add(switch (i % 5) {
                case 0 -> "ivo://org.rubinobs/usdac/dp1?repo=dp1&id=" + uuid;
                case 1 -> "POLYGON ICRS " + random.nextDouble() * 360 + " " + (random.nextDouble() * 180 - 90);
                case 2 -> null;
                case 3 -> values.get(i - 2); // the same polygon again: the whole value is a shared prefix
                default -> "";
            });
        }
        CompactStrings strings = of(values);
        assertEquals(values, readBack(strings));
        strings.trim();
        assertEquals(values, readBack(strings));
    }

    @Test
    void charactersOutsideLatinAndSurrogatePairsAreNeverSplit() {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < CompactStrings.DICTIONARY_LIMIT + 10; i++) {
            // shared prefixes end inside the emoji's surrogate pair when the next one differs in its low half
            values.add("Ωmega-\uD83D" + (char) ('\uDE00' + i % 64) + "-näme-" + i);
        }
        assertEquals(values, readBack(of(values)));
    }

    @Test
    void valuesLongerThanABlockAreKeptWhole() {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < CompactStrings.DICTIONARY_LIMIT + 3; i++) {
            values.add("v" + i);
        }
        values.add("x".repeat(3 << 20));
        values.add("after the long one");
        assertEquals(values, readBack(of(values)));
    }
}
