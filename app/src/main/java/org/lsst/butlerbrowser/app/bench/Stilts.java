package org.lsst.butlerbrowser.app.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * STILTS (the Debian package {@code stilts}), the sky benchmark's yardstick: {@code plot2sky} drawing
 * the same footprints from STC-S text into a PNG of the same size. Installed with apt-get when it is
 * missing and we are root on Debian.
 */
final class Stilts {

    private static final long TIMEOUT_MIN = 30;

    private final String command;

    private Stilts(String command) {
        this.command = command;
    }

    /** STILTS from the PATH, installing it first when allowed. */
    static Stilts find(java.io.PrintWriter log) throws IOException, InterruptedException {
        if (!onPath("stilts") && "root".equals(System.getProperty("user.name")) && onPath("apt-get")) {
            log.println("installing stilts with apt-get ...");
            log.flush();
            run(List.of("apt-get", "install", "-y", "--no-install-recommends", "stilts"), null);
        }
        if (!onPath("stilts")) {
            throw new IllegalStateException("the sky benchmark needs STILTS: apt-get install stilts");
        }
        return new Stilts("stilts");
    }

    String version() throws IOException, InterruptedException {
        String out = run(List.of(command, "-version"), null);
        return out.lines().map(String::strip).filter(l -> l.startsWith("STILTS version")).findFirst().orElse("stilts");
    }

    /** Wall time in ms of plot2sky filling every footprint of the CSV (Hammer-Aitoff, whole sky) into a PNG. */
    double plotAllSky(Path csv, Path png, int width, int height) throws IOException, InterruptedException {
        List<String> args = List.of(command, "plot2sky", "in=" + csv, "ifmt=csv", "layer1=area", "area1=s_region",
                "areatype1=STC-S", "polymode1=fill", "projection=aitoff", "xpix=" + width, "ypix=" + height,
                "out=" + png);
        long start = System.nanoTime();
        run(args, null);
        double ms = (System.nanoTime() - start) / 1e6;
        if (!Files.isRegularFile(png)) {
            throw new IllegalStateException("stilts plot2sky wrote no " + png);
        }
        return ms;
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    private static String run(List<String> args, Path dir) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(args)).redirectErrorStream(true);
        if (dir != null) {
            pb.directory(dir.toFile());
        }
        Process p = pb.start();
        byte[] output = p.getInputStream().readAllBytes();
        if (!p.waitFor(TIMEOUT_MIN, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException(args.get(0) + " " + args.get(1) + " did not finish in " + TIMEOUT_MIN + " minutes");
        }
        String text = new String(output, java.nio.charset.StandardCharsets.UTF_8);
        if (p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", args.subList(0, 2)) + " failed: " + text.strip());
        }
        return text;
    }
}
