package org.lsst.butlerbrowser.views.sky;

import java.util.*;
import org.junit.jupiter.api.Test;
import org.lsst.butlerbrowser.model.region.*;
import org.lsst.butlerbrowser.model.sky.*;

class ScratchTest {
    static double time(Runnable r) { for (int i = 0; i < 5; i++) r.run(); long t = System.nanoTime(); int n = 10; for (int i = 0; i < n; i++) r.run(); return (System.nanoTime() - t) / 1e6 / n; }
    static int countSegs(java.awt.geom.Path2D p) { int n = 0; for (var it = p.getPathIterator(null); !it.isDone(); it.next()) n++; return n; }
    @Test
    void debug() throws Exception {
        Random rnd = new Random(1);
        List<Region> regs = new ArrayList<>();
        for (int i = 0; i < 10000; i++) { double z = 2*rnd.nextDouble()-1, ph = 2*Math.PI*rnd.nextDouble(), s = Math.sqrt(1-z*z);
            regs.add(ConvexPolygon.regular(new UnitVector3d(s*Math.cos(ph), s*Math.sin(ph), z), Math.toRadians(0.1 + 2.4*rnd.nextDouble()), 4, rnd.nextDouble())); }
        SkyLayer layer = new SkyLayer("x", regs);
        Viewport all = Viewport.wholeSky(Projection.AITOFF, 0, 0, 1600, 900);
        Viewport tan = Viewport.ofFov(Projection.TAN, 150, 2, 10, 1600, 900);
        for (boolean aa : new boolean[] {true, false}) {
            Java2dPainter p = new Java2dPainter(1600, 900, aa);
            SkyStyle st = SkyStyle.DEFAULT.withAntialias(aa);
            System.out.printf("aa=%s empty all-sky no grid: %.2f%n", aa, time(() -> SkyRenderer.render(new SkyScene(all, List.of(), st, null, false, false, 50000), p)));
            System.out.printf("aa=%s empty all-sky grid: %.2f%n", aa, time(() -> SkyRenderer.render(new SkyScene(all, List.of(), st, AngleFormat.SEXAGESIMAL, false, false, 50000), p)));
            System.out.printf("aa=%s empty tan grid: %.2f%n", aa, time(() -> SkyRenderer.render(new SkyScene(tan, List.of(), st, AngleFormat.SEXAGESIMAL, false, false, 50000), p)));
            System.out.printf("aa=%s 10k all-sky no grid: %.2f%n", aa, time(() -> SkyRenderer.render(new SkyScene(all, List.of(layer), st, null, false, false, 50000), p)));
            System.out.printf("aa=%s 10k tan no grid: %.2f%n", aa, time(() -> SkyRenderer.render(new SkyScene(tan, List.of(layer), st, null, false, false, 50000), p)));
            SkyPathBuilder b = new SkyPathBuilder(all);
            PathSink nul = new PathSink() { public void moveTo(double x, double y) {} public void lineTo(double x, double y) {} public void closePath() {} };
            System.out.printf("10k outlines to null sink: %.2f%n", time(() -> { for (int i = 0; i < 10000; i++) layer.footprints().outline(i, b, nul); }));
            System.out.printf("visibleCap all: %.3f tan %.3f%n", time(() -> all.visibleCap()), time(() -> tan.visibleCap()));
            System.out.printf("clear: %.2f%n", time(() -> p.clear(0xffffffff)));
            p.beginPath(); for (int i = 0; i < 10000; i++) layer.footprints().outline(i, b, p);
            System.out.printf("fill: %.2f%n", time(() -> p.fillPath(0x40ff0000)));
            System.out.printf("stroke w1: %.2f%n", time(() -> p.strokePath(0xffff0000, 1)));

        }
    }
}
