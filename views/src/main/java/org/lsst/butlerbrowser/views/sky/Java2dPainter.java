package org.lsst.butlerbrowser.views.sky;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/** Paints into a Java2D image: the PNG export and the headless command line, with no JavaFX toolkit. */
public final class Java2dPainter implements SkyPainter {

    /** How the export's frame drew its layers (set by {@link SkyExport}). */
    RenderStats stats;

    private final BufferedImage image;
    private final Graphics2D g;
    private Path2D.Double path = new Path2D.Double(Path2D.WIND_NON_ZERO);

    /** A painter on a new ARGB image of this size. */
    public Java2dPainter(int width, int height, boolean antialias) {
        image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        g = image.createGraphics();
        Object aa = antialias ? RenderingHints.VALUE_ANTIALIAS_ON : RenderingHints.VALUE_ANTIALIAS_OFF;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, aa);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, antialias
                ? RenderingHints.VALUE_TEXT_ANTIALIAS_ON : RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
        // Fractional metrics, as TextMetrics measures with, so measured and drawn text agree.
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        // Pure stroke control keeps pixel centres where the geometry says (no half-pixel nudging).
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    }

    /** The image painted so far. */
    public BufferedImage image() {
        return image;
    }

    /** Releases the graphics context; the image stays. */
    public void dispose() {
        g.dispose();
    }

    @Override
    public void clear(int argb) {
        g.setComposite(java.awt.AlphaComposite.Src);
        g.setColor(new Color(argb, true));
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setComposite(java.awt.AlphaComposite.SrcOver);
    }

    @Override
    public void beginPath() {
        path = new Path2D.Double(Path2D.WIND_NON_ZERO);
    }

    @Override
    public void moveTo(double x, double y) {
        path.moveTo(x, y);
    }

    @Override
    public void lineTo(double x, double y) {
        path.lineTo(x, y);
    }

    @Override
    public void closePath() {
        path.closePath();
    }

    @Override
    public void fillPath(int argb) {
        g.setColor(new Color(argb, true));
        g.fill(path);
    }

    @Override
    public void strokePath(int argb, double width) {
        g.setColor(new Color(argb, true));
        g.setStroke(new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(path);
    }

    @Override
    public void fillRect(double x, double y, double width, double height, int argb) {
        g.setColor(new Color(argb, true));
        g.fill(new Rectangle2D.Double(x, y, width, height));
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
