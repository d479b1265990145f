package org.lsst.butlerbrowser.model.tap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lsst.butlerbrowser.model.region.Circle;
import org.lsst.butlerbrowser.model.region.ConvexPolygon;
import org.lsst.butlerbrowser.model.region.UnitVector3d;
import org.lsst.butlerbrowser.model.table.ResultTable;

/**
 * Against the real TAP service of the kit (DaCHS): run when {@code butler.test.tap.url} is set (the
 * project's test command sets it after {@code scripts/tap-service.sh start}); skipped otherwise, or
 * failed when {@code butler.test.require.tap=true}. Expected values are the service's own answers,
 * or the fixtures recorded from it.
 */
class RealTapServiceTest {

    private static TapService service;

    @BeforeAll
    static void connect() {
        service = TestTapService.fromBuild();
    }

    private static long count(String from) {
        TapResult r = service.query(TapQuery.adql("SELECT COUNT(*) AS n FROM " + from));
        return ((Number) r.table().value(0, 0)).longValue();
    }

    @Test
    void vosiResourcesDescribeTheService() {
        assertTrue(service.availability().available());
        TapCapabilities caps = service.capabilities();
        assertTrue(caps.supportsGeometry("INTERSECTS") && caps.hasObsCore());
        TableSet tables = service.tables();
        assertEquals(VosiTables.SOURCE, tables.source());
        assertTrue(tables.obsCoreTable().isPresent());
        assertEquals(tables.tables().stream().map(t -> t.name().toLowerCase()).sorted().toList(),
                service.tablesFromTapSchema(Cancellation.none()).tables().stream().map(t -> t.name().toLowerCase())
                        .sorted().toList());
    }

    @Test
    void everyResultFormatGivesTheSameRowsAsTheRecordedQuery() {
        String adql = TapFixtures.manifest("obscore-sync-tabledata.vot").parameters().get("QUERY");
        List<Object> expected = null;
        for (ResultFormat f : ResultFormat.values()) {
            TapResult r = service.query(TapQuery.adql(adql).withFormat(f));
            int did = r.table().columnIndex("obs_publisher_did");
            List<Object> dids = new ArrayList<>();
            for (int i = 0; i < r.rowCount(); i++) {
                dids.add(r.table().value(i, did));
            }
            if (expected == null) {
                expected = dids;
                assertEquals(TapFixtures.tabledata(TapFixtures.shared("obscore-sync-tabledata.vot")).size(), dids.size());
            }
            assertEquals(expected, dids, f.name());
            assertTrue(r.isObsCore(), f.name());
        }
    }

    @Test
    void anAsyncJobGivesTheSyncRowsAndIsGoneAfterDeletion() {
        String adql = TapFixtures.manifest("async-create-response.html").parameters().get("QUERY");
        TapResult sync = service.query(TapQuery.adql(adql));
        UwsJob job = service.submit(TapQuery.adql(adql), Cancellation.none());
        UwsJobStatus done = job.waitUntilFinal(TapProgress.NONE, Cancellation.none());
        assertEquals(UwsPhase.COMPLETED, done.phase());
        TapResult async = job.result(done, TapProgress.NONE, Cancellation.none());
        assertEquals(sync.rowCount(), async.rowCount());
        for (int r = 0; r < sync.rowCount(); r++) {
            assertEquals(sync.table().value(r, 0), async.table().value(r, 0));
        }
        job.delete(Cancellation.none());
        TapException gone = assertThrows(TapException.class, () -> job.status(Cancellation.none()));
        assertEquals(404, gone.httpStatus());
    }

    @Test
    void badAdqlAndUnknownTablesGiveTheServicesMessageSyncAndAsync() {
        for (String fixture : List.of("error-bad-adql.vot", "error-unknown-table.vot", "error-unknown-column.vot")) {
            TapQuery q = TapQuery.adql(TapFixtures.manifest(fixture).parameters().get("QUERY"));
            String message = TapFixtures.errorInfo(TapFixtures.shared(fixture));
            TapException sync = assertThrows(TapException.class, () -> service.query(q));
            assertEquals(TapException.Kind.SERVICE_ERROR, sync.kind());
            assertTrue(sync.getMessage().endsWith(message), sync.getMessage());
            TapException async = assertThrows(TapException.class,
                    () -> service.queryAsync(q, TapProgress.NONE, Cancellation.none()));
            assertEquals(TapException.Kind.SERVICE_ERROR, async.kind());
            assertTrue(async.getMessage().endsWith(message), async.getMessage());
        }
    }

    @Test
    void maxrecOverflowKeepsTheRowsAndWarns() {
        TapResult r = service.query(TapQuery.adql("SELECT obs_id FROM ivoa.obscore").withMaxrec(7));
        assertTrue(r.overflowed());
        assertEquals(7, r.rowCount());
        assertEquals("truncated at MAXREC=7", r.warning().orElseThrow());
        TapResult byDefault = service.query(TapQuery.adql("SELECT source_id FROM kit.big_sources"));
        assertTrue(byDefault.overflowed());
        assertEquals(service.capabilities().defaultMaxrec(), byDefault.rowCount());
    }

    @Test
    void everyObsCoreFootprintMatchesTheDaliPolygonOfTheSameImage() {
        long rows = count("ivoa.obscore");
        TapResult stcs = service.query(TapQuery.adql("SELECT obs_publisher_did, s_region FROM ivoa.obscore")
                .withMaxrec(rows).withFormat(ResultFormat.VOTABLE_BINARY2));
        TapResult dali = service.query(TapQuery.adql("SELECT obs_publisher_did, s_region_dali FROM kit.images")
                .withMaxrec(rows).withFormat(ResultFormat.VOTABLE_BINARY2));
        assertEquals(rows, stcs.rowCount());
        Map<Object, Integer> daliRow = new HashMap<>();
        for (int r = 0; r < dali.rowCount(); r++) {
            daliRow.put(dali.table().value(r, 0), r);
        }
        TapColumn daliColumn = dali.columns().get(1);
        for (int r = 0; r < stcs.rowCount(); r++) {
            ConvexPolygon a = (ConvexPolygon) stcs.obsCore().footprint(r);
            int d = daliRow.get(stcs.table().value(r, 0));
            double[] values = (double[]) dali.table().value(d, 1);
            ConvexPolygon b = (ConvexPolygon) daliColumn.footprintParser().orElseThrow().parse(values);
            assertEquals(values.length / 2, a.vertices().size());
            for (int v = 0; v < a.vertices().size(); v++) {
                assertTrue(Math.toDegrees(a.vertices().get(v).angleTo(b.vertices().get(v))) < 1e-9, "row " + r);
            }
        }
    }

    @Test
    void geometryExpressionsComeBackAsDaliPointsAndCircles() {
        TapResult r = service.query(TapQuery.adql("SELECT TOP 50 s_ra, s_dec, s_fov, POINT('ICRS', s_ra, s_dec) AS p,"
                + " CIRCLE('ICRS', s_ra, s_dec, s_fov / 2) AS c FROM ivoa.obscore ORDER BY obs_publisher_did"));
        ResultTable t = r.table();
        for (int i = 0; i < t.rowCount(); i++) {
            UnitVector3d centre = UnitVector3d.fromLonLatDegrees((Double) t.value(i, 0), (Double) t.value(i, 1));
            Circle p = (Circle) r.columns().get(3).footprintParser().orElseThrow().parse(t.value(i, 3));
            Circle c = (Circle) r.columns().get(4).footprintParser().orElseThrow().parse(t.value(i, 4));
            assertTrue(Math.toDegrees(p.center().angleTo(centre)) < 1e-9);
            assertTrue(Math.toDegrees(c.center().angleTo(centre)) < 1e-9);
            // DaCHS computes the radius in single precision on its way through pgSphere.
            assertEquals((Double) t.value(i, 2) / 2, Math.toDegrees(c.openingAngleRad()), 1e-7 * (Double) t.value(i, 2));
        }
    }

    @Test
    void theObsCoreSearchAdaptsToAServiceWithoutIntersects() {
        TapCapabilities dachs = service.capabilities();
        TapCapabilities withoutIntersects = withoutGeometry(dachs, "INTERSECTS");
        ObsCoreSearch search = ObsCoreSearch.of("ivoa.ObsCore").withCircle(0.0, -5.0, 0.5)
                .withColumns(List.of("obs_publisher_did", "s_ra", "s_dec"));
        assertFalse(search.isApproximate(dachs));
        assertTrue(search.isApproximate(withoutIntersects));
        assertTrue(search.adql(withoutIntersects).contains("CONTAINS(POINT('ICRS', s_ra, s_dec), CIRCLE("));

        Set<Object> overlapping = dids(service.query(TapQuery.adql(search.adql(dachs)).withMaxrec(100_000)));
        TapResult centres = service.query(TapQuery.adql(search.adql(withoutIntersects)).withMaxrec(100_000));
        assertTrue(centres.rowCount() > 0 && overlapping.containsAll(dids(centres)));
        UnitVector3d middle = UnitVector3d.fromLonLatDegrees(0.0, -5.0);
        for (int i = 0; i < centres.rowCount(); i++) {
            var row = centres.obsCore().row(i);
            assertTrue(Math.toDegrees(UnitVector3d.fromLonLatDegrees(row.sRa(), row.sDec()).angleTo(middle)) <= 0.5 + 1e-9);
        }

        ObsCoreSearch pole = ObsCoreSearch.of("ivoa.ObsCore").withCircle(0.0, -90.0, 0.0).withColumns(List.of("obs_publisher_did"));
        assertEquals(TapFixtures.tabledata(TapFixtures.shared("obscore-pole-tabledata.vot")).size(),
                service.query(TapQuery.adql(pole.adql(withoutIntersects))).rowCount());
    }

    private static Set<Object> dids(TapResult r) {
        Set<Object> out = new HashSet<>();
        for (int i = 0; i < r.rowCount(); i++) {
            out.add(r.table().value(i, 0));
        }
        return out;
    }

    /** The same capabilities with one geometry function struck off, as the RSP's Qserv lacks INTERSECTS. */
    static TapCapabilities withoutGeometry(TapCapabilities c, String function) {
        List<TapCapabilities.Language> languages = c.languages().stream().map(l -> {
            Map<String, List<String>> features = new LinkedHashMap<>();
            l.features().forEach((type, forms) -> features.put(type,
                    forms.stream().filter(f -> !f.equalsIgnoreCase(function)).toList()));
            return new TapCapabilities.Language(l.name(), l.versions(), features);
        }).toList();
        return new TapCapabilities(languages, c.outputFormats(), c.uploadMethods(), c.dataModels(), c.defaultMaxrec(),
                c.hardMaxrec(), c.executionDuration(), c.retentionPeriod(), c.uploadLimitBytes());
    }

    @Test
    void cancellingAnAsyncQueryStopsItQuickly() {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        try {
            Cancellation cancellation = new Cancellation();
            timer.schedule(cancellation::cancel, 300, TimeUnit.MILLISECONDS);
            long start = System.nanoTime();
            TapException e = assertThrows(TapException.class, () -> service.queryAsync(
                    TapQuery.adql("SELECT * FROM kit.big_sources").withMaxrec(400_000), TapProgress.NONE, cancellation));
            assertEquals(TapException.Kind.CANCELLED, e.kind());
            assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(10)) < 0);
        } finally {
            timer.shutdownNow();
        }
    }

    /** Reads all of kit.big_sources in each VOTable serialization and prints how long each took. */
    @Test
    void theWholeBigTableReadsTheSameInEverySerialization() {
        long rows = count("kit.big_sources");
        Map<ResultFormat, long[]> nulls = new LinkedHashMap<>();
        for (ResultFormat f : List.of(ResultFormat.VOTABLE_BINARY2, ResultFormat.VOTABLE_TABLEDATA, ResultFormat.VOTABLE)) {
            long start = System.nanoTime();
            TapResult r = service.query(TapQuery.adql("SELECT * FROM kit.big_sources").withMaxrec(rows + 1).withFormat(f));
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("kit.big_sources, %d rows as %s: %d ms, %d bytes%n", r.rowCount(), f, millis, r.bytesRead());
            assertEquals(rows, r.rowCount());
            assertFalse(r.overflowed());
            int u = r.table().columnIndex("psf_mag_u");
            int ext = r.table().columnIndex("extendedness");
            long[] n = new long[2];
            for (int i = 0; i < r.rowCount(); i++) {
                Object mag = r.table().value(i, u);
                n[0] += mag == null || ((Float) mag).isNaN() ? 1 : 0;
                n[1] += r.table().value(i, ext) == null ? 1 : 0;
            }
            nulls.put(f, n);
        }
        assertEquals(count("kit.big_sources WHERE psf_mag_u IS NULL"), nulls.get(ResultFormat.VOTABLE_BINARY2)[0]);
        assertEquals(count("kit.big_sources WHERE extendedness IS NULL"), nulls.get(ResultFormat.VOTABLE_BINARY2)[1]);
        nulls.values().forEach(n -> assertEquals(List.of(nulls.get(ResultFormat.VOTABLE_BINARY2)[0],
                nulls.get(ResultFormat.VOTABLE_BINARY2)[1]), List.of(n[0], n[1])));
    }
}
