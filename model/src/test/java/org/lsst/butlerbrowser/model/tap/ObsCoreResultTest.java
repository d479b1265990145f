package org.lsst.butlerbrowser.model.tap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lsst.butlerbrowser.model.obscore.ObsCoreRow;
import org.lsst.butlerbrowser.model.region.FootprintParsers;

/**
 * ObsCore results recognised by utype (DaCHS) or by standard column names (CSV, and the RSP, which
 * sends no utypes), with typed values that equal the TABLEDATA text of the same rows.
 */
class ObsCoreResultTest {

    private static final String TD = "obscore-sync-tabledata.vot";

    @ParameterizedTest
    @ValueSource(strings = {TD, "obscore-sync-binary2.vot", "obscore-sync.csv"})
    void typedValuesOfEveryRowEqualTheTabledataText(String fixture) {
        List<List<String>> cells = TapFixtures.tabledata(TapFixtures.shared(TD));
        List<String> names = TapFixtures.fieldNames(TapFixtures.shared(TD));
        TapResult result = TapFixtures.read(fixture);
        assertTrue(result.isObsCore());
        ObsCoreResult obscore = result.obsCore();
        assertEquals(cells.size(), obscore.rowCount());
        for (int r = 0; r < cells.size(); r++) {
            List<String> row = cells.get(r);
            Function<String, String> cell = name -> row.get(names.indexOf(name));
            ObsCoreRow o = obscore.row(r);
            assertEquals(cell.apply("obs_id"), o.obsId());
            assertEquals(cell.apply("obs_publisher_did"), o.obsPublisherDid());
            assertEquals(cell.apply("obs_collection"), o.obsCollection());
            assertEquals(cell.apply("dataproduct_type"), o.dataproductType());
            assertEquals(cell.apply("dataproduct_subtype"), o.dataproductSubtype());
            assertEquals(Integer.parseInt(cell.apply("calib_level")), o.calibLevel());
            assertEquals(cell.apply("instrument_name"), o.instrumentName());
            assertEquals(cell.apply("facility_name"), o.facilityName());
            assertEquals(cell.apply("access_url"), o.accessUrl());
            assertEquals(cell.apply("access_format"), o.accessFormat());
            assertEquals(cell.apply("lsst_band"), o.lsstBand());
            assertNumber(cell.apply("s_ra"), o.sRa());
            assertNumber(cell.apply("s_dec"), o.sDec());
            assertNumber(cell.apply("s_fov"), o.sFov());
            assertNumber(cell.apply("t_min"), o.tMin());
            assertNumber(cell.apply("t_max"), o.tMax());
            assertNumber(cell.apply("em_min"), o.emMin());
            assertNumber(cell.apply("em_max"), o.emMax());
            assertInteger(cell.apply("lsst_visit"), o.lsstVisit());
            assertInteger(cell.apply("lsst_detector"), o.lsstDetector());
            assertInteger(cell.apply("lsst_tract"), o.lsstTract());
            assertInteger(cell.apply("lsst_patch"), o.lsstPatch());
            assertEquals(FootprintParsers.parse(cell.apply("s_region")), obscore.footprint(r));
            assertEquals(obscore.footprint(r), o.region());
        }
    }

    /** DaCHS writes NULL integers as its VALUES null sentinel (-1), which reads back as null. */
    private static void assertInteger(String text, Long value) {
        if (value == null) {
            assertTrue(text.isEmpty() || text.equals("-1"), text);
        } else {
            assertEquals(Long.parseLong(text), value);
        }
    }

    private static void assertNumber(String text, Double value) {
        assertEquals(Double.parseDouble(text), value, Math.ulp(value.floatValue()));
    }

    @Test
    void utypesNameTheColumnsAndTheCsvIsRecognisedByItsColumnNamesAlone() {
        TapResult votable = TapFixtures.read(TD);
        TapResult csv = TapFixtures.read("obscore-sync.csv");
        assertTrue(votable.columns().stream().anyMatch(c -> c.utype() != null && c.utype().startsWith("obscore:")));
        assertTrue(csv.columns().stream().allMatch(c -> c.utype() == null), "CSV carries no utypes, like the RSP");
        assertTrue(csv.isObsCore());
        assertEquals(FootprintParsers.Form.STC_S, votable.obsCore().footprintParser().form());
        assertEquals(FootprintParsers.Form.BY_CONTENT, csv.obsCore().footprintParser().form());
    }

    @Test
    void aPlainCatalogueIsNotObsCore() {
        TapResult sources = TapFixtures.read("big-table-sample.vot");
        assertFalse(sources.isObsCore());
        assertFalse(sources.obsCore().hasFootprints());
        assertNull(sources.obsCore().footprint(0));
    }
}
