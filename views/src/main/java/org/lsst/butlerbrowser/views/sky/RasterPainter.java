package org.lsst.butlerbrowser.views.sky;

import java.util.Arrays;

/**
 * Paints into an ARGB pixel array with a small scanline rasterizer, which is what makes large
 * footprint counts fast. Each subpath is filled on its own over just the rows it spans (a path of a
 * hundred thousand footprints is a hundred thousand tiny polygons, not one huge one), marking a
 * one-bit-per-pixel coverage mask that fits in the processor's cache; then each covered pixel is
 * blended once. So the footprints batched into one path fill as their union, however much they
 * overlap, and overdraw costs bits rather than blends. Fills are not smoothed: a pixel is filled
 * when its centre is inside (as Java2D does without antialiasing); lines asked to be smooth are
 * (Xiaolin Wu's algorithm) when antialiasing is on. A translucent colour blends through per-channel
 * tables. Text is left to subclasses, which know a toolkit that draws it.
 */
public abstract class RasterPainter implements SkyPainter {

    protected final int width;
    protected final int height;
    protected final int[] pixels;
    private final boolean antialias;
    /** Per pixel, the last smooth stroke that painted it (its lines may cross the same pixel twice). */
    private final int[] stamp;
    private int batch;
    /** The coverage of the fill or stroke being drawn: a bit per pixel, rows of {@code words} longs. */
    private final long[] mask;
    private final int words;
    /** Per row, the first and last mask word touched; and the first and last row touched. */
    private final int[] rowFirst;
    private final int[] rowLast;
    private int topRow = Integer.MAX_VALUE;
    private int bottomRow = -1;

    // the current path: points of all subpaths, where each subpath starts, and whether it is closed
    private float[] xs = new float[4096];
    private float[] ys = new float[4096];
    private int points;
    private int[] starts = new int[256];
    private boolean[] closed = new boolean[256];
    private int subpaths;

    // what a translucent fill colour does to each channel of an opaque pixel
    private final int[] lutR = new int[256];
    private final int[] lutG = new int[256];
    private final int[] lutB = new int[256];
    private int lutColour;

    // scratch for one scanline's crossings
    private float[] crossX = new float[64];
    private int[] crossDir = new int[64];

    protected RasterPainter(int width, int height, int[] pixels, boolean antialias) {
        if (pixels.length < width * height) {
            throw new IllegalArgumentException("a " + width + " × " + height + " picture needs " + width * height + " pixels");
        }
        this.width = width;
        this.height = height;
        this.pixels = pixels;
        this.antialias = antialias;
        this.stamp = new int[width * height];
        this.words = (width + 63) >>> 6;
        this.mask = new long[words * height];
        this.rowFirst = new int[height];
        this.rowLast = new int[height];
        Arrays.fill(rowFirst, Integer.MAX_VALUE);
        Arrays.fill(rowLast, -1);
    }

    @Override
    public void clear(int argb) {
        Arrays.fill(pixels, 0, width * height, argb);
    }

    @Override
    public void beginPath() {
        points = 0;
        subpaths = 0;
    }

    @Override
    public void moveTo(double x, double y) {
        if (subpaths == starts.length) {
            starts = Arrays.copyOf(starts, 2 * subpaths);
            closed = Arrays.copyOf(closed, 2 * subpaths);
        }
        starts[subpaths] = points;
        closed[subpaths] = false;
        subpaths++;
        add(x, y);
    }

    @Override
    public void lineTo(double x, double y) {
        if (subpaths == 0) {
            moveTo(x, y);
            return;
        }
        add(x, y);
    }

    @Override
    public void closePath() {
        if (subpaths > 0) {
            closed[subpaths - 1] = true;
        }
    }

    private void add(double x, double y) {
        if (points == xs.length) {
            xs = Arrays.copyOf(xs, 2 * points);
            ys = Arrays.copyOf(ys, 2 * points);
        }
        // Far-off points are pulled in (keeping them far off): floats and spans stay well behaved.
        xs[points] = (float) Math.max(-1e6, Math.min(1e6, x));
        ys[points] = (float) Math.max(-1e6, Math.min(1e6, y));
        points++;
    }

    private int end(int subpath) {
        return subpath + 1 < subpaths ? starts[subpath + 1] : points;
    }

    // ---- fills ----

    @Override
    public void fillPath(int argb) {
        if ((argb >>> 24) == 0) {
            return;
        }
        for (int s = 0; s < subpaths; s++) {
            int from = starts[s];
            int to = end(s);
            if (to - from >= 3) {
                fillPolygon(from, to);
            }
        }
        composite(argb);
    }

    /** Marks the polygon of points from..to−1 (closed implicitly), non-zero winding, pixel centres. */
    private void fillPolygon(int from, int to) {
        float minY = Float.MAX_VALUE;
        float maxY = -Float.MAX_VALUE;
        float minX = Float.MAX_VALUE;
        float maxX = -Float.MAX_VALUE;
        for (int i = from; i < to; i++) {
            minY = Math.min(minY, ys[i]);
            maxY = Math.max(maxY, ys[i]);
            minX = Math.min(minX, xs[i]);
            maxX = Math.max(maxX, xs[i]);
        }
        int rowFrom = Math.max(0, (int) Math.ceil(minY - 0.5f));
        int rowTo = Math.min(height - 1, (int) Math.ceil(maxY - 0.5f) - 1);
        if (rowFrom > rowTo || maxX < 0 || minX > width) {
            return;
        }
        touch(rowFrom, rowTo, (int) minX, (int) Math.ceil(maxX));
        int edges = to - from;
        if (crossX.length < edges) {
            crossX = new float[2 * edges];
            crossDir = new int[2 * edges];
        }
        for (int row = rowFrom; row <= rowTo; row++) {
            float yc = row + 0.5f;
            int n = 0;
            float x0 = xs[to - 1];
            float y0 = ys[to - 1];
            for (int i = from; i < to; i++) {
                float x1 = xs[i];
                float y1 = ys[i];
                if ((y0 <= yc && yc < y1) || (y1 <= yc && yc < y0)) {
                    float x = x0 + (yc - y0) * (x1 - x0) / (y1 - y0);
                    int dir = y1 > y0 ? 1 : -1;
                    int k = n++;
                    while (k > 0 && crossX[k - 1] > x) {
                        crossX[k] = crossX[k - 1];
                        crossDir[k] = crossDir[k - 1];
                        k--;
                    }
                    crossX[k] = x;
                    crossDir[k] = dir;
                }
                x0 = x1;
                y0 = y1;
            }
            int winding = 0;
            for (int k = 0; k + 1 < n; k++) {
                winding += crossDir[k];
                if (winding != 0) {
                    span(row, crossX[k], crossX[k + 1]);
                }
            }
        }
    }

    /** Marks the pixels of a row whose centres lie in [xa, xb). */
    private void span(int row, float xa, float xb) {
        int first = Math.max(0, (int) Math.ceil(xa - 0.5f));
        int last = Math.min(width - 1, (int) Math.ceil(xb - 0.5f) - 1);
        if (first <= last) {
            mark(row, first, last);
        }
    }

    /** Sets the mask bits of pixels first..last of a row. */
    private void mark(int row, int first, int last) {
        int base = row * words;
        int w0 = first >>> 6;
        int w1 = last >>> 6;
        if (w0 == w1) {
            mask[base + w0] |= (-1L << first) & (-1L >>> (63 - (last & 63)));
        } else {
            mask[base + w0] |= -1L << first;
            for (int w = w0 + 1; w < w1; w++) {
                mask[base + w] = -1L;
            }
            mask[base + w1] |= -1L >>> (63 - (last & 63));
        }
    }

    /** Notes that pixels in rows rowFrom..rowTo, columns xFrom..xTo, may be marked: where composite looks. */
    private void touch(int rowFrom, int rowTo, int xFrom, int xTo) {
        rowFrom = Math.max(0, rowFrom);
        rowTo = Math.min(height - 1, rowTo);
        int w0 = Math.max(0, xFrom) >>> 6;
        int w1 = Math.min(width - 1, Math.max(0, xTo)) >>> 6;
        for (int row = rowFrom; row <= rowTo; row++) {
            if (w0 < rowFirst[row]) {
                rowFirst[row] = w0;
            }
            if (w1 > rowLast[row]) {
                rowLast[row] = w1;
            }
        }
        topRow = Math.min(topRow, rowFrom);
        bottomRow = Math.max(bottomRow, rowTo);
    }

    /** Paints every marked pixel once in the colour, clearing the mask as it goes. */
    private void composite(int argb) {
        boolean opaque = (argb >>> 24) == 255;
        if (!opaque && lutColour != argb) {
            fillLut(argb);
        }
        for (int row = topRow; row <= bottomRow; row++) {
            int base = row * words;
            for (int w = rowFirst[row]; w <= rowLast[row]; w++) {
                long bits = mask[base + w];
                if (bits == 0) {
                    continue;
                }
                mask[base + w] = 0;
                int pixel = row * width + (w << 6);
                if (opaque && bits == -1L) {
                    Arrays.fill(pixels, pixel, pixel + 64, argb);
                    continue;
                }
                if (opaque) {
                    // runs of set bits, each one fill
                    while (bits != 0) {
                        int start = Long.numberOfTrailingZeros(bits);
                        int length = Long.numberOfTrailingZeros(~(bits >>> start));
                        if (start + length >= 64) {
                            length = 64 - start;
                        }
                        Arrays.fill(pixels, pixel + start, pixel + start + length, argb);
                        bits = length == 64 ? 0 : bits & ~(((1L << length) - 1) << start);
                    }
                    continue;
                }
                while (bits != 0) {
                    int i = pixel + Long.numberOfTrailingZeros(bits);
                    bits &= bits - 1;
                    int d = pixels[i];
                    if ((d >>> 24) == 255) {
                        pixels[i] = 0xff000000 | lutR[(d >> 16) & 0xff] << 16 | lutG[(d >> 8) & 0xff] << 8 | lutB[d & 0xff];
                    } else {
                        pixels[i] = over(argb, d);
                    }
                }
            }
            rowFirst[row] = Integer.MAX_VALUE;
            rowLast[row] = -1;
        }
        topRow = Integer.MAX_VALUE;
        bottomRow = -1;
    }

    /** Source-over a translucent colour onto opaque pixels, as three tables of what each channel value becomes. */
    private void fillLut(int argb) {
        int a = argb >>> 24;
        int ia = 255 - a;
        int sr = ((argb >> 16) & 0xff) * a;
        int sg = ((argb >> 8) & 0xff) * a;
        int sb = (argb & 0xff) * a;
        for (int d = 0; d < 256; d++) {
            lutR[d] = div255(sr + d * ia);
            lutG[d] = div255(sg + d * ia);
            lutB[d] = div255(sb + d * ia);
        }
        lutColour = argb;
    }

    @Override
    public void fillRect(double x, double y, double w, double h, int argb) {
        int x0 = Math.max(0, (int) Math.ceil(x - 0.5));
        int x1 = Math.min(width - 1, (int) Math.ceil(x + w - 0.5) - 1);
        int y0 = Math.max(0, (int) Math.ceil(y - 0.5));
        int y1 = Math.min(height - 1, (int) Math.ceil(y + h - 0.5) - 1);
        if ((argb >>> 24) == 0 || x0 > x1) {
            return;
        }
        touch(y0, y1, x0, x1);
        for (int row = y0; row <= y1; row++) {
            mark(row, x0, x1);
        }
        composite(argb);
    }

    // ---- strokes ----

    @Override
    public void strokePath(int argb, double lineWidth, boolean smooth) {
        if ((argb >>> 24) == 0 || lineWidth <= 0) {
            return;
        }
        batch++;
        boolean wu = smooth && antialias && lineWidth <= 1.5;
        for (int s = 0; s < subpaths; s++) {
            int from = starts[s];
            int to = end(s);
            for (int i = from; i + 1 < to; i++) {
                segment(xs[i], ys[i], xs[i + 1], ys[i + 1], argb, lineWidth, wu);
            }
            if (closed[s] && to - from > 2) {
                segment(xs[to - 1], ys[to - 1], xs[from], ys[from], argb, lineWidth, wu);
            }
        }
        if (!wu) {
            composite(argb);
        }
    }

    private void segment(float x0, float y0, float x1, float y1, int argb, double lineWidth, boolean wu) {
        if (!visible(x0, y0, x1, y1, (float) lineWidth)) {
            return;
        }
        if (lineWidth <= 1.5) {
            if (wu) {
                wuLine(x0, y0, x1, y1, argb);
            } else {
                plainLine(x0, y0, x1, y1, argb);
            }
            return;
        }
        // A wide line is the quadrilateral round it, filled.
        float dx = x1 - x0;
        float dy = y1 - y0;
        float len = (float) Math.hypot(dx, dy);
        if (len == 0) {
            return;
        }
        float ox = (float) (-dy / len * lineWidth / 2);
        float oy = (float) (dx / len * lineWidth / 2);
        int saved = points;
        int savedSubpaths = subpaths;
        ensure(points + 4);
        xs[points] = x0 + ox;
        ys[points++] = y0 + oy;
        xs[points] = x1 + ox;
        ys[points++] = y1 + oy;
        xs[points] = x1 - ox;
        ys[points++] = y1 - oy;
        xs[points] = x0 - ox;
        ys[points++] = y0 - oy;
        fillPolygon(saved, points);
        points = saved;
        subpaths = savedSubpaths;
    }

    private void ensure(int capacity) {
        if (xs.length < capacity) {
            xs = Arrays.copyOf(xs, 2 * capacity);
            ys = Arrays.copyOf(ys, 2 * capacity);
        }
    }

    private boolean visible(float x0, float y0, float x1, float y1, float margin) {
        return !(Math.max(x0, x1) < -margin || Math.min(x0, x1) > width + margin
                || Math.max(y0, y1) < -margin || Math.min(y0, y1) > height + margin);
    }

    /** A one-pixel line without smoothing: the pixels a DDA walk from end to end passes through, marked. */
    private void plainLine(float x0, float y0, float x1, float y1, int argb) {
        float dx = x1 - x0;
        float dy = y1 - y0;
        int steps = (int) Math.ceil(Math.max(Math.abs(dx), Math.abs(dy)));
        if (steps > 4 * (width + height)) {
            steps = 4 * (width + height); // a line far off the picture: only its start matters here
        }
        touch((int) Math.floor(Math.min(y0, y1)), (int) Math.floor(Math.max(y0, y1)), (int) Math.floor(Math.min(x0, x1)),
                (int) Math.floor(Math.max(x0, x1)));
        float stepX = steps == 0 ? 0 : dx / steps;
        float stepY = steps == 0 ? 0 : dy / steps;
        float x = x0;
        float y = y0;
        for (int k = 0; k <= steps; k++, x += stepX, y += stepY) {
            int px = (int) Math.floor(x);
            int py = (int) Math.floor(y);
            if (px >= 0 && py >= 0 && px < width && py < height) {
                mask[py * words + (px >>> 6)] |= 1L << px;
            }
        }
    }

    /** Xiaolin Wu's antialiased line, pixel centres at half-integers. */
    private void wuLine(float x0, float y0, float x1, float y1, int argb) {
        x0 -= 0.5f;
        y0 -= 0.5f;
        x1 -= 0.5f;
        y1 -= 0.5f;
        boolean steep = Math.abs(y1 - y0) > Math.abs(x1 - x0);
        if (steep) {
            float t = x0;
            x0 = y0;
            y0 = t;
            t = x1;
            x1 = y1;
            y1 = t;
        }
        if (x0 > x1) {
            float t = x0;
            x0 = x1;
            x1 = t;
            t = y0;
            y0 = y1;
            y1 = t;
        }
        float dx = x1 - x0;
        float gradient = dx == 0 ? 1 : (y1 - y0) / dx;
        int limit = steep ? height : width;
        int xStart = (int) Math.max(-1, Math.round(x0));
        int xEnd = (int) Math.min(limit, Math.round(x1));
        float y = y0 + gradient * (xStart - x0);
        for (int x = xStart; x <= xEnd; x++) {
            int yi = (int) Math.floor(y);
            float f = y - yi;
            if (steep) {
                plot(yi, x, argb, 1 - f);
                plot(yi + 1, x, argb, f);
            } else {
                plot(x, yi, argb, 1 - f);
                plot(x, yi + 1, argb, f);
            }
            y += gradient;
        }
    }

    private void plot(int x, int y, int argb, float coverage) {
        if (x < 0 || y < 0 || x >= width || y >= height || coverage <= 0) {
            return;
        }
        int alpha = Math.round((argb >>> 24) * Math.min(1f, coverage));
        paint(y * width + x, (alpha << 24) | (argb & 0xffffff));
    }

    /** Source-over blending, once per pixel per smooth stroke. */
    private void paint(int i, int argb) {
        if (stamp[i] == batch) {
            return;
        }
        stamp[i] = batch;
        pixels[i] = over(argb, pixels[i]);
    }

    /** The colour {@code argb} source-over the colour {@code d}. */
    private static int over(int argb, int d) {
        int a = argb >>> 24;
        if (a == 255) {
            return argb;
        }
        if (a == 0) {
            return d;
        }
        int da = d >>> 24;
        int ia = 255 - a;
        int outA = a + div255(da * ia);
        if (outA == 0) {
            return d;
        }
        int r = blend((argb >> 16) & 0xff, a, (d >> 16) & 0xff, da, ia, outA);
        int g = blend((argb >> 8) & 0xff, a, (d >> 8) & 0xff, da, ia, outA);
        int b = blend(argb & 0xff, a, d & 0xff, da, ia, outA);
        return (outA << 24) | (r << 16) | (g << 8) | b;
    }

    private static int blend(int s, int a, int d, int da, int ia, int outA) {
        if (da == 255) {
            return div255(s * a + d * ia);
        }
        return Math.min(255, (s * a + (d * da * ia + 127) / 255) / outA);
    }

    /** x / 255 rounded, exact for 0 ≤ x ≤ 255 · 255. */
    private static int div255(int x) {
        x += 128;
        return (x + (x >> 8)) >> 8;
    }
}
