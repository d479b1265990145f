package org.lsst.butlerbrowser.model.sky;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lsst.butlerbrowser.model.region.BoundingCircle;
import org.lsst.butlerbrowser.model.region.UnitVector3d;

/** Galactic coordinates, the grid and the ways a position is written and read. */
class SkyCoordinatesTest {

    @Test
    void theGalacticFrameHasItsDefiningPoleAndCentre() {
        // The IAU (1958) pole and centre in ICRS as the Hipparcos catalogue gives them, to 1e-5°.
        UnitVector3d pole = Galactic.fromIcrs(UnitVector3d.fromLonLatDegrees(192.85948, 27.12825));
        assertEquals(90, pole.decDeg(), 1e-5);
        UnitVector3d centre = Galactic.fromIcrs(UnitVector3d.fromLonLatDegrees(266.40499, -28.93617));
        assertEquals(0, centre.decDeg(), 1e-5);
        assertEquals(0, Math.min(centre.raDeg(), 360 - centre.raDeg()), 1e-5);
        UnitVector3d v = UnitVector3d.fromLonLatDegrees(33.3, -44.4);
        assertTrue(Galactic.toIcrs(Galactic.fromIcrs(v).raDeg(), Galactic.fromIcrs(v).decDeg()).angleTo(v) < 1e-14);
    }

    @Test
    void anAllSkyGridHasMeridiansEvery30DegreesAndParallelsEvery30() {
        Viewport view = Viewport.wholeSky(Projection.AITOFF, 0, 0, 1600, 900);
        List<SkyGrid.Line> lines = SkyGrid.lines(view, SkyGrid.System.EQUATORIAL, AngleFormat.SEXAGESIMAL);
        assertEquals(List.of("0h", "2h", "4h", "6h", "8h", "10h", "12h", "14h", "16h", "18h", "20h", "22h"),
                lines.stream().filter(SkyGrid.Line::meridian).map(SkyGrid.Line::label).toList());
        assertEquals(List.of("−60°", "−30°", "+0°", "+30°", "+60°"),
                lines.stream().filter(l -> !l.meridian()).map(SkyGrid.Line::label).toList());
    }

    @ParameterizedTest
    @ValueSource(doubles = {60, 10, 1, 0.1, 0.01, 0.001})
    void aZoomedGridHasAFewLinesCloseToTheView(double fov) {
        for (double dec : new double[] {0, 60, 89.99}) {
            Viewport view = Viewport.ofFov(Projection.TAN, 150, dec, fov, 1600, 900);
            BoundingCircle cap = view.visibleCap();
            for (SkyGrid.System system : SkyGrid.System.values()) {
                List<SkyGrid.Line> lines = SkyGrid.lines(view, system, AngleFormat.DEGREES);
                long meridians = lines.stream().filter(SkyGrid.Line::meridian).count();
                long parallels = lines.size() - meridians;
                assertTrue(parallels >= 2 && parallels <= 20, parallels + " parallels at fov " + fov + ", dec " + dec);
                assertTrue(meridians >= 2 && meridians <= 40, meridians + " meridians at fov " + fov + ", dec " + dec);
                for (SkyGrid.Line line : lines) {
                    double[] p = line.points();
                    for (int k = 0; k < line.size(); k++) {
                        UnitVector3d v = UnitVector3d.normalize(p[3 * k], p[3 * k + 1], p[3 * k + 2]);
                        // Lines span the longitude/latitude box round the view's circle, whose corners
                        // are at most about twice its radius from the centre.
                        assertTrue(Math.toDegrees(cap.center().angleTo(v)) <= 3 * cap.openingAngleDeg(),
                                line.label() + " goes far beyond the view");
                    }
                }
            }
        }
    }

    @Test
    void labelsCarryThePrecisionOfTheirStep() {
        assertEquals("10h00m30s", AngleFormat.SEXAGESIMAL.longitude(150.125, 1 / 240.0, true));
        assertEquals("10h00m30.0s", AngleFormat.SEXAGESIMAL.longitude(150.125, 0.5 / 240, true));
        assertEquals("10h30m", AngleFormat.SEXAGESIMAL.longitude(157.5, 2.5, true));
        assertEquals("−28°56′", AngleFormat.SEXAGESIMAL.latitude(-28 - 56 / 60.0, 1 / 60.0));
        assertEquals("+2°12′21″", AngleFormat.SEXAGESIMAL.latitude(2 + 12 / 60.0 + 21 / 3600.0, 1 / 3600.0));
        assertEquals("150.13°", AngleFormat.DEGREES.longitude(150.125001, 0.01, true));
        assertEquals("−0.5°", AngleFormat.DEGREES.latitude(-0.5, 0.5));
        assertEquals("0h", AngleFormat.SEXAGESIMAL.longitude(359.9999999, 30, true));
    }

    @Test
    void positionsAreReadInDegreesOrSexagesimalWithAnOptionalField() {
        SkyTarget t = SkyTarget.parse("10:00:28.6 +02:12:21 30'");
        assertEquals(150.119166666, t.raDeg(), 1e-8);
        assertEquals(2.205833333, t.decDeg(), 1e-8);
        assertEquals(0.5, t.fovDeg(), 1e-12);
        t = SkyTarget.parse("150.1, -2.2");
        assertEquals(150.1, t.raDeg(), 0);
        assertEquals(-2.2, t.decDeg(), 0);
        assertTrue(!t.hasFov());
        t = SkyTarget.parse("10h00m28.6s −2d12m21s 1.5");
        assertEquals(-2.205833333, t.decDeg(), 1e-8);
        assertEquals(1.5, t.fovDeg(), 0);
        assertEquals(0.0125, SkyTarget.fov("45\""), 1e-12);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "150.1", "150.1 95", "25:00:00 +10:00:00", "abc 10", "10 20 30 40", "10 20 -1",
        "10:61:00 +10:00:00"})
    void badPositionsAreRefusedWithAMessage(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SkyTarget.parse(text));
        assertTrue(e.getMessage().length() > 10, e.getMessage());
    }
}
