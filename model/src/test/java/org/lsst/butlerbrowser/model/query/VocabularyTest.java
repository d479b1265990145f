package org.lsst.butlerbrowser.model.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lsst.butlerbrowser.model.registry.Registry;
import org.lsst.butlerbrowser.model.testing.TestRepos;

class VocabularyTest {

    @Test
    void completesDimensionsAndFieldsOfTheRegistrysOwnUniverse() {
        try (Registry rc2 = TestRepos.open(TestRepos.RC2_SQLITE); Registry old = TestRepos.open(TestRepos.OLD_UNIVERSE)) {
            Vocabulary v8 = Vocabulary.of(rc2.universe());
            List<String> visits = v8.complete("band='y' AND vis", 16, 100);
            assertEquals("visit", visits.get(0), "the shortest completion first");
            assertTrue(visits.contains("visit_system") && visits.contains("visit.exposure_time"), visits.toString());
            assertTrue(v8.complete("visit.exp", 9, 10).contains("visit.exposure_time"));
            assertTrue(v8.complete("visit.times", 11, 10).contains("visit.timespan.begin"));
            assertTrue(v8.complete("day", 3, 10).contains("day_obs"));
            // universe 0 has no day_obs dimension, only exposure.day_obs and visit.day_obs fields
            Vocabulary v0 = Vocabulary.of(old.universe());
            assertTrue(v0.complete("day", 3, 10).isEmpty());
            assertTrue(v0.complete("visit.day", 9, 10).contains("visit.day_obs"));
        }
    }

    /** A value typed inside quotes ('i', T'2014...') is not a name: offering "instrument" there ate the Enter. */
    @Test
    void nothingIsOfferedInsideAQuotedValue() {
        try (Registry rc2 = TestRepos.open(TestRepos.RC2_SQLITE)) {
            Vocabulary v8 = Vocabulary.of(rc2.universe());
            assertTrue(v8.complete("band = 'i", 9, 10).isEmpty());
            assertTrue(v8.complete("band = 'i' AND vis", 18, 10).contains("visit"), "after the closing quote again");
            assertTrue(v8.complete("band = 'i' AND i", 16, 10).contains("instrument"));
        }
    }

    @Test
    void theWordBeingTypedEndsAtTheCaret() {
        assertEquals(13, Vocabulary.wordStart("band='y' AND visit.exposure_time", 20));
        assertEquals(0, Vocabulary.wordStart("visit", 5));
    }
}
