package org.lsst.butlerbrowser.views.sky;

import java.util.Locale;

/** Writes what is painted as an SVG document: paths stay vectors, so an exported view scales without blur. */
public final class SvgPainter implements SkyPainter {

    /** How the export's frame drew its layers (set by {@link SkyExport}). */
    RenderStats stats;

    private final int width;
    private final int height;
    private final StringBuilder body = new StringBuilder();
    private final StringBuilder path = new StringBuilder();

    public SvgPainter(int width, int height) {
        this.width = width;
        this.height = height;
    }

    /** The whole document. */
    public String toSvg() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"" + width + "\" height=\"" + height
                + "\" viewBox=\"0 0 " + width + " " + height + "\">\n" + body + "</svg>\n";
    }

    @Override
    public void clear(int argb) {
        body.setLength(0);
        fillRect(0, 0, width, height, argb);
    }

    @Override
    public void beginPath() {
        path.setLength(0);
    }

    @Override
    public void moveTo(double x, double y) {
        path.append('M').append(n(x)).append(' ').append(n(y));
    }

    @Override
    public void lineTo(double x, double y) {
        path.append('L').append(n(x)).append(' ').append(n(y));
    }

    @Override
    public void closePath() {
        path.append('Z');
    }

    @Override
    public void fillPath(int argb) {
        if (path.length() > 0) {
            body.append("<path d=\"").append(path).append("\" fill-rule=\"nonzero\"").append(paint("fill", argb))
                    .append("/>\n");
        }
    }

    @Override
    public void strokePath(int argb, double w, boolean smooth) {
        if (path.length() > 0) {
            body.append("<path d=\"").append(path).append("\" fill=\"none\" stroke-width=\"").append(n(w))
                    .append("\" stroke-linejoin=\"round\"").append(paint("stroke", argb)).append("/>\n");
        }
    }

    @Override
    public void fillRect(double x, double y, double w, double h, int argb) {
        body.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
                .append("\" height=\"").append(n(h)).append('"').append(paint("fill", argb)).append("/>\n");
    }

    @Override
    public void text(String text, double x, double y, double size, int argb, Align align) {
        String anchor = switch (align) {
            case LEFT -> "start";
            case CENTER -> "middle";
            case RIGHT -> "end";
        };
        body.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" font-family=\"")
                .append(TextMetrics.FAMILY).append(", sans-serif\" font-size=\"").append(n(size))
                .append("\" dominant-baseline=\"central\" text-anchor=\"").append(anchor).append('"')
                .append(paint("fill", argb)).append('>').append(escape(text)).append("</text>\n");
    }

    @Override
    public double textWidth(String text, double size) {
        return TextMetrics.width(text, size);
    }

    private static String paint(String what, int argb) {
        String colour = String.format(Locale.ROOT, "#%06x", argb & 0xffffff);
        int alpha = argb >>> 24;
        return " " + what + "=\"" + colour + "\"" + (alpha == 255 ? ""
                : String.format(Locale.ROOT, " %s-opacity=\"%.3f\"", what, alpha / 255.0));
    }

    private static String n(double v) {
        long r = Math.round(v * 100);
        return r % 100 == 0 ? Long.toString(r / 100) : Double.toString(r / 100.0);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
