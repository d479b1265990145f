package org.lsst.butlerbrowser.app.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/**
 * The files the TAP benchmark reads, made once under build/tap-bench/ and reused: the big table as
 * the service sends it in BINARY2 and in TABLEDATA (downloaded as they are, not rewritten), a
 * million synthetic ObsCore rows, and a one-row VOTable for the STILTS baseline.
 */
final class TapBenchFiles {

    /** The kit's table of 300,000 sources, with NULLs. */
    static final String BIG_QUERY = "SELECT * FROM kit.big_sources";
    static final long BIG_MAXREC = 400_000;

    private final Path dir;
    private final String tapUrl;
    private final Path shared;
    private final PrintWriter log;

    TapBenchFiles(Path dir, String tapUrl, Path shared, PrintWriter log) {
        this.dir = dir;
        this.tapUrl = tapUrl;
        this.shared = shared;
        this.log = log;
    }

    /** The sync GET URL STILTS reads the big table from; {@code alias} is DaCHS's name of the serialization. */
    String syncUrl(String alias) {
        return tapUrl + "/sync?LANG=ADQL&QUERY=" + URLEncoder.encode(BIG_QUERY, StandardCharsets.UTF_8).replace("+", "%20")
                + "&MAXREC=" + BIG_MAXREC + "&RESPONSEFORMAT=" + URLEncoder.encode(alias, StandardCharsets.UTF_8);
    }

    /** The big table as the service sends it, downloaded the first time. */
    Path bigTable(String alias, String name) throws IOException, InterruptedException {
        Path file = dir.resolve(name);
        if (!Files.isRegularFile(file)) {
            Files.createDirectories(dir);
            log.println("downloading " + name + " from " + tapUrl + " (once)");
            Path part = dir.resolve(name + ".part");
            HttpResponse<Path> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(15)).build()
                    .send(HttpRequest.newBuilder(URI.create(syncUrl(alias))).timeout(Duration.ofMinutes(5)).build(),
                            HttpResponse.BodyHandlers.ofFile(part));
            if (response.statusCode() != 200) {
                throw new IOException("the TAP service answered HTTP " + response.statusCode() + " for " + name);
            }
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    /** A million ObsCore rows in BINARY2, made the first time from the recorded ObsCore answer. */
    Path obsCore() throws IOException {
        Path file = dir.resolve("obscore-1m-binary2.vot");
        if (!Files.isRegularFile(file)) {
            Files.createDirectories(dir);
            log.println("writing " + file.getFileName() + ": " + SyntheticObsCore.ROWS + " synthetic ObsCore rows (once)");
            SyntheticObsCore.write(shared.resolve("fixtures/tap/obscore-sync-tabledata.vot"), file, SyntheticObsCore.ROWS);
        }
        return file;
    }

    /** One row of the same ObsCore columns: what STILTS takes to start and read a VOTable at all. */
    Path tinyTable() throws IOException {
        Path file = dir.resolve("obscore-1-row.vot");
        if (!Files.isRegularFile(file)) {
            Files.createDirectories(dir);
            SyntheticObsCore.write(shared.resolve("fixtures/tap/obscore-sync-tabledata.vot"), file, 1);
        }
        return file;
    }
}
