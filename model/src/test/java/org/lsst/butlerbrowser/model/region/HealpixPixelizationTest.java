package org.lsst.butlerbrowser.model.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Point → cell agrees with cell → corners (HEALPix's own projection, read by MOCs) for every order. */
class HealpixPixelizationTest {

    @Test
    void theMiddleOfEveryCellsCornersFallsInThatCell() {
        Random random = new Random(7);
        for (int order = 0; order <= 12; order++) {
            long cells = HealpixPixelization.cellCount(order);
            for (int k = 0; k < 500; k++) {
                long cell = order <= 2 ? k % cells : (long) (random.nextDouble() * cells);
                ConvexPolygon polygon = HealpixPixelization.cell(order, cell);
                double x = 0;
                double y = 0;
                double z = 0;
                for (UnitVector3d v : polygon.vertices()) {
                    x += v.x();
                    y += v.y();
                    z += v.z();
                }
                assertEquals(cell, HealpixPixelization.index(order, UnitVector3d.normalize(x, y, z)), "order " + order);
            }
        }
    }

    @Test
    void cellsHaveEqualAreasSoUniformPointsFillThemEvenly() {
        Random random = new Random(1);
        int order = 2;
        int[] counts = new int[(int) HealpixPixelization.cellCount(order)];
        int n = 192_000;
        for (int i = 0; i < n; i++) {
            double z = 2 * random.nextDouble() - 1;
            double phi = 2 * Math.PI * random.nextDouble();
            double s = Math.sqrt(1 - z * z);
            counts[(int) HealpixPixelization.index(order, s * Math.cos(phi), s * Math.sin(phi), z)]++;
        }
        double expected = (double) n / counts.length;
        for (int c : counts) {
            assertTrue(Math.abs(c - expected) < 5 * Math.sqrt(expected), c + " points where " + expected + " were expected");
        }
    }
}
