package org.lsst.butlerbrowser.model.tap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.lsst.butlerbrowser.model.obscore.ObsCoreRow;
import org.lsst.butlerbrowser.model.region.UnitVector3d;
import org.xml.sax.SAXException;

/**
 * The TAP window's ready ObsCore queries: offered as the recorded capabilities and tables allow, and,
 * on the real service, each selecting exactly what it says (checked row by row here).
 */
class ObsCoreTemplatesTest {

    private static TapCapabilities recordedCapabilities() throws IOException, SAXException {
        try (InputStream in = Files.newInputStream(TapFixtures.shared("capabilities.xml"))) {
            return TapCapabilities.parse(in);
        }
    }

    private static TapTable recordedObsCore() throws IOException, SAXException {
        try (InputStream in = Files.newInputStream(TapFixtures.shared("tables.xml"))) {
            return VosiTables.parse(in).obsCoreTable().orElseThrow();
        }
    }

    private static Map<String, AdqlTemplate> byName(List<AdqlTemplate> templates) {
        return templates.stream().collect(Collectors.toMap(AdqlTemplate::name, Function.identity()));
    }

    @Test
    void footprintOverlapIsOfferedOnlyWhereTheServiceListsIntersects() throws Exception {
        TapCapabilities dachs = recordedCapabilities();
        TapTable obscore = recordedObsCore();
        assertTrue(dachs.supportsGeometry("INTERSECTS"), "the recorded DaCHS service offers INTERSECTS");
        List<AdqlTemplate> all = ObsCoreTemplates.forTable(obscore, dachs, null);
        assertTrue(all.stream().allMatch(AdqlTemplate::available), all.toString());
        assertTrue(byName(all).get("Footprint overlap").adql().contains("INTERSECTS(s_region, CIRCLE('ICRS', 53.13, -28.1, 0.5)) = 1"));

        AdqlTemplate overlap = byName(ObsCoreTemplates.forTable(obscore,
                RealTapServiceTest.withoutGeometry(dachs, "INTERSECTS"), null)).get("Footprint overlap");
        assertFalse(overlap.available());
        assertTrue(overlap.unavailable().contains("no ADQL INTERSECTS"), overlap.unavailable());
    }

    @Test
    void templatesUseTheTablesOwnNameTheSkyCentreAndItsBandColumn() throws Exception {
        TapTable obscore = recordedObsCore();
        UnitVector3d centre = UnitVector3d.fromLonLatDegrees(150.12, 2.21);
        Map<String, AdqlTemplate> t = byName(ObsCoreTemplates.forTable(obscore, recordedCapabilities(), centre));
        assertTrue(t.get("Cone search").adql().startsWith("SELECT *\nFROM " + obscore.name() + "\nWHERE "));
        assertTrue(t.get("Cone search").adql().contains("CIRCLE('ICRS', 150.12, 2.21, 0.5)"), t.get("Cone search").adql());
        assertTrue(t.get("Band").adql().endsWith("lsst_band = 'r'"));

        TapTable withoutRubinColumns = new TapTable(obscore.name(), obscore.type(), obscore.description(),
                obscore.columns().stream().filter(c -> !c.name().startsWith("lsst_")).toList());
        AdqlTemplate band = byName(ObsCoreTemplates.forTable(withoutRubinColumns, recordedCapabilities(), centre)).get("Band");
        assertTrue(band.available());
        assertTrue(band.adql().endsWith("em_min <= 6.2E-7 AND em_max >= 6.2E-7"), band.adql());
    }

    @Test
    void everyTemplateSelectsWhatItSaysOnTheRealService() {
        TapService service = TestTapService.fromBuild();
        TableSet tables = service.tables();
        Map<String, AdqlTemplate> t = byName(ObsCoreTemplates.forTable(tables.obsCoreTable().orElseThrow(),
                service.capabilities(), null));
        UnitVector3d centre = ObsCoreTemplates.DEFAULT_CENTRE;

        List<ObsCoreRow> cone = rows(service, t.get("Cone search"));
        assertFalse(cone.isEmpty());
        cone.forEach(r -> assertTrue(Math.toDegrees(UnitVector3d.fromLonLatDegrees(r.sRa(), r.sDec()).angleTo(centre))
                <= ObsCoreTemplates.RADIUS_DEG + 1e-9, r.obsPublisherDid()));

        // a footprint whose centre is in the circle overlaps it
        Set<String> overlapping = new HashSet<>();
        rows(service, t.get("Footprint overlap")).forEach(r -> overlapping.add(r.obsPublisherDid()));
        cone.forEach(r -> assertTrue(overlapping.contains(r.obsPublisherDid()), r.obsPublisherDid()));

        List<ObsCoreRow> time = rows(service, t.get("Time window"));
        assertFalse(time.isEmpty());
        time.forEach(r -> assertTrue(r.tMin() <= ObsCoreTemplates.T_END_MJD && r.tMax() >= ObsCoreTemplates.T_START_MJD));

        List<ObsCoreRow> band = rows(service, t.get("Band"));
        assertFalse(band.isEmpty());
        band.forEach(r -> assertEquals(ObsCoreTemplates.BAND, r.lsstBand()));

        List<ObsCoreRow> calibrated = rows(service, t.get("Calibration level and product type"));
        assertFalse(calibrated.isEmpty());
        calibrated.forEach(r -> assertEquals(List.of(2, "image"), List.of(r.calibLevel(), r.dataproductType())));
        assertNull(t.values().stream().filter(x -> !x.available()).findFirst().orElse(null));
    }

    private static List<ObsCoreRow> rows(TapService service, AdqlTemplate template) {
        TapResult r = service.query(TapQuery.adql(template.adql()).withMaxrec(100_000));
        assertFalse(r.overflowed(), template.name());
        ObsCoreResult obscore = r.obsCore();
        return java.util.stream.IntStream.range(0, r.rowCount()).mapToObj(obscore::row).toList();
    }
}
