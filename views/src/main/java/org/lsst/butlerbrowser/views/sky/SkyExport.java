package org.lsst.butlerbrowser.views.sky;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;

/** Saves a sky picture as PNG (drawn by Java2D, no toolkit needed) or SVG. */
public final class SkyExport {

    /** The file formats a picture is saved in. */
    public enum Format {
        PNG, SVG;

        /** The format a file name asks for by its extension; PNG unless it ends in .svg. */
        public static Format of(Path file) {
            return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg") ? SVG : PNG;
        }
    }

    private SkyExport() {
    }

    /** The scene drawn into a new image of its viewport's size. */
    public static BufferedImage image(SkyScene scene) {
        return drawn(scene).image();
    }

    private static Java2dPainter drawn(SkyScene scene) {
        Java2dPainter painter = new Java2dPainter(scene.viewport().width(), scene.viewport().height(),
                scene.style().antialias());
        painter.stats = SkyRenderer.render(scene, painter);
        painter.dispose();
        return painter;
    }

    /** The scene as an SVG document. */
    public static String svg(SkyScene scene) {
        return svgPainter(scene).toSvg();
    }

    private static SvgPainter svgPainter(SkyScene scene) {
        SvgPainter painter = new SvgPainter(scene.viewport().width(), scene.viewport().height());
        painter.stats = SkyRenderer.render(scene, painter);
        return painter;
    }

    /** Writes the scene to a file in the given format, replacing it; returns how the layers were drawn. */
    public static RenderStats write(SkyScene scene, Path file, Format format) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new IOException("cannot write " + file + ": there is no folder " + parent);
        }
        if (format == Format.SVG) {
            SvgPainter painter = svgPainter(scene);
            Files.writeString(file, painter.toSvg(), StandardCharsets.UTF_8);
            return painter.stats;
        }
        Java2dPainter painter = drawn(scene);
        if (!ImageIO.write(painter.image(), "png", file.toFile())) {
            throw new IOException("no PNG writer is available");
        }
        return painter.stats;
    }
}
