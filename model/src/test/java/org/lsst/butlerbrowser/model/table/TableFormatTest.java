package org.lsst.butlerbrowser.model.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TableFormatTest {

    @Test
    void aKnownExtensionChoosesItsFormat() {
        assertEquals(TableFormat.CSV, TableFormat.forFileName("calexp.CSV", TableFormat.FITS));
        assertEquals(TableFormat.ECSV, TableFormat.forFileName("calexp.ecsv", TableFormat.VOTABLE));
        assertEquals(TableFormat.FITS, TableFormat.forFileName("calexp.fit", TableFormat.CSV));
    }

    @Test
    void thePickedFormatSettlesSharedAndUnknownExtensions() {
        assertEquals(TableFormat.VOTABLE_BINARY2, TableFormat.forFileName("calexp.vot", TableFormat.VOTABLE_BINARY2));
        assertEquals(TableFormat.VOTABLE, TableFormat.forFileName("calexp.vot", TableFormat.CSV));
        assertEquals(TableFormat.ECSV, TableFormat.forFileName("calexp", TableFormat.ECSV));
        assertEquals(TableFormat.FITS, TableFormat.forFileName("visit.2014", TableFormat.FITS));
    }

    @Test
    void anExtensionIsAddedOnlyWhenTheNameLacksOneOfTheFormats() {
        assertEquals("calexp.fits", TableFormat.FITS.withExtension("calexp"));
        assertEquals("calexp.fts", TableFormat.FITS.withExtension("calexp.fts"));
        assertEquals("visit.2014.vot", TableFormat.VOTABLE.withExtension("visit.2014"));
    }
}
