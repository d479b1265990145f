package org.lsst.butlerbrowser.views.sky;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * Paints into a Java2D image: the PNG export and the headless command line, with no JavaFX toolkit.
 * Shapes go through the {@link RasterPainter}'s rasterizer straight into the image's pixels; text
 * is drawn by Java2D on the same image.
 */
public final class Java2dPainter extends RasterPainter {

    /** How the export's frame drew its layers (set by {@link SkyExport}). */
    RenderStats stats;

    private final BufferedImage image;
    private final Graphics2D g;

    /** A painter on a new ARGB image of this size. */
    public Java2dPainter(int width, int height, boolean antialias) {
        this(new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB), antialias);
    }

    private Java2dPainter(BufferedImage image, boolean antialias) {
        super(image.getWidth(), image.getHeight(), ((DataBufferInt) image.getRaster().getDataBuffer()).getData(), antialias);
        this.image = image;
        this.g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, antialias
                ? RenderingHints.VALUE_TEXT_ANTIALIAS_ON : RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
        // Fractional metrics, as TextMetrics measures with, so measured and drawn text agree.
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    }

    /** The image painted so far. */
    public BufferedImage image() {
        return image;
    }

    /** Releases the text drawing context; the image stays. */
    public void dispose() {
        g.dispose();
    }

    @Override
    public void text(String text, double x, double y, double size, int argb, Align align) {
        g.setFont(TextMetrics.font(size));
        g.setColor(new Color(argb, true));
        double w = textWidth(text, size);
        double left = switch (align) {
            case LEFT -> x;
            case CENTER -> x - w / 2;
            case RIGHT -> x - w;
        };
        var metrics = g.getFontMetrics();
        float baseline = (float) (y + (metrics.getAscent() - metrics.getDescent()) / 2.0);
        g.drawString(text, (float) left, baseline);
    }

    @Override
    public double textWidth(String text, double size) {
        return TextMetrics.width(text, size);
    }
}
