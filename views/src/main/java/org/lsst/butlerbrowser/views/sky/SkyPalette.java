package org.lsst.butlerbrowser.views.sky;

/**
 * The sky view's colours as ARGB ints (the renderer's currency, so that it needs no toolkit): a
 * qualitative palette for categories (Tableau 10, distinguishable and colour-blind aware) and a
 * sequential one for density (viridis, perceptually uniform), sampled at a few levels so that a
 * density map draws as a few batches.
 */
public final class SkyPalette {

    private static final int[] CATEGORIES = {0xff4e79a7, 0xfff28e2b, 0xffe15759, 0xff76b7b2, 0xff59a14f,
        0xffedc948, 0xffb07aa1, 0xffff9da7, 0xff9c755f, 0xffbab0ac};
    private static final int[] VIRIDIS = {0xff440154, 0xff482878, 0xff3e4989, 0xff31688e, 0xff26828e,
        0xff1f9e89, 0xff35b779, 0xff6ece58, 0xffb5de2b, 0xfffde725};
    /** How many steps the density scale is drawn in. */
    public static final int DENSITY_LEVELS = 32;

    private SkyPalette() {
    }

    /** The colour of the category with this index (repeating after ten). */
    public static int category(int index) {
        return CATEGORIES[Math.floorMod(index, CATEGORIES.length)];
    }

    /** The colour of density level 0..DENSITY_LEVELS−1. */
    public static int density(int level) {
        double t = Math.max(0, Math.min(1, level / (double) (DENSITY_LEVELS - 1))) * (VIRIDIS.length - 1);
        int i = Math.min(VIRIDIS.length - 2, (int) t);
        return mix(VIRIDIS[i], VIRIDIS[i + 1], t - i);
    }

    /** The density level of a count, on a logarithmic scale from 1 to {@code max}. */
    public static int densityLevel(int count, int max) {
        if (max <= 1) {
            return DENSITY_LEVELS - 1;
        }
        double t = Math.log(count) / Math.log(max);
        return Math.max(0, Math.min(DENSITY_LEVELS - 1, (int) Math.round(t * (DENSITY_LEVELS - 1))));
    }

    /** The colour with its alpha multiplied by {@code factor}. */
    public static int withAlpha(int argb, double factor) {
        int a = (int) Math.round(((argb >>> 24) & 0xff) * Math.max(0, Math.min(1, factor)));
        return (a << 24) | (argb & 0x00ffffff);
    }

    /** The colour of a JavaFX-style red, green, blue, opacity in [0, 1]. */
    public static int argb(double red, double green, double blue, double opacity) {
        return (channel(opacity) << 24) | (channel(red) << 16) | (channel(green) << 8) | channel(blue);
    }

    private static int channel(double v) {
        return (int) Math.round(Math.max(0, Math.min(1, v)) * 255);
    }

    private static int mix(int a, int b, double t) {
        int out = 0xff000000;
        for (int shift = 0; shift <= 16; shift += 8) {
            int ca = (a >>> shift) & 0xff;
            int cb = (b >>> shift) & 0xff;
            out |= ((int) Math.round(ca + (cb - ca) * t)) << shift;
        }
        return out;
    }
}
