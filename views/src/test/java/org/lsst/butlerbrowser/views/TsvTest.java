package org.lsst.butlerbrowser.views;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Copied rows as spreadsheets paste them. */
class TsvTest {

    @Test
    void oneLinePerRowWithTabsBetweenCells() {
        assertEquals("run\tid\tdetector\nHSC/raw/all\tabc\t42\n",
                Tsv.of(List.of("run", "id", "detector"), List.of(List.of("HSC/raw/all", "abc", "42"))));
    }

    @Test
    void tabsAndLineBreaksInsideAValueBecomeSpacesAndMissingValuesEmptyCells() {
        assertEquals("doc\tx\na b c\t\n", Tsv.of(List.of("doc", "x"), List.of(Arrays.asList("a\tb\r\nc", null))));
    }
}
