package org.lsst.butlerbrowser.model.tap;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/** A table saved to a file (VOTable, FITS, CSV), read as if a service had just sent it. */
final class TableFile implements ResultSource {

    private final Path file;
    private final String mediaType;
    private final Counting body;

    TableFile(Path file) {
        this.file = file;
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        this.mediaType = name.endsWith(".csv") ? "text/csv" : name.endsWith(".tsv") ? "text/tab-separated-values" : "";
        try {
            this.body = new Counting(Files.newInputStream(file));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the table file " + file + " (" + e.getClass().getSimpleName() + ")");
        }
    }

    @Override
    public InputStream body() {
        return body;
    }

    @Override
    public long bytesRead() {
        return body.count;
    }

    /** Told by the name for CSV and TSV; VOTable and FITS are told by their first bytes. */
    @Override
    public String mediaType() {
        return mediaType;
    }

    @Override
    public Optional<String> contentType() {
        return mediaType.isEmpty() ? Optional.empty() : Optional.of(mediaType + "; header=present");
    }

    @Override
    public String describe() {
        return "the file " + file;
    }

    @Override
    public String redact(String text) {
        return text;
    }

    @Override
    public Optional<Duration> stalledFor() {
        return Optional.empty();
    }

    @Override
    public void close() {
        try {
            body.close();
        } catch (IOException e) {
            // nothing was written: closing a file read to its end cannot lose anything
        }
    }

    private static final class Counting extends FilterInputStream {
        private long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
