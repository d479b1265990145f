package org.lsst.butlerbrowser.views.sky;

import java.awt.Font;
import java.awt.font.FontRenderContext;

/** Text widths from Java2D's font metrics, which work without a display; shared by the PNG and SVG painters. */
final class TextMetrics {

    static final String FAMILY = "SansSerif";
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    private TextMetrics() {
    }

    static Font font(double size) {
        return new Font(FAMILY, Font.PLAIN, 1).deriveFont((float) size);
    }

    static double width(String text, double size) {
        return font(size).getStringBounds(text, CONTEXT).getWidth();
    }
}
