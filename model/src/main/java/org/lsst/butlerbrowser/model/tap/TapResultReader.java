package org.lsst.butlerbrowser.model.tap;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lsst.butlerbrowser.model.table.ResultTable;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import uk.ac.starlink.fits.FitsTableBuilder;
import uk.ac.starlink.table.RowSequence;
import uk.ac.starlink.table.StarTable;
import uk.ac.starlink.table.StoragePolicy;
import uk.ac.starlink.table.TableSink;
import uk.ac.starlink.table.formats.CsvTableBuilder;
import uk.ac.starlink.util.FileDataSource;
import uk.ac.starlink.votable.TableContentHandler;
import uk.ac.starlink.votable.TableHandler;

/**
 * Reads a TAP response body into a {@link TapResult} with STIL while it streams in: VOTable in any
 * serialization (TABLEDATA, BINARY, BINARY2) through STIL's SAX table handler, FITS through STIL's
 * FITS streamer, CSV and TSV through STIL's CSV reader. Only CSV touches the disk: STIL reads it
 * twice (once to decide column types), so it is spooled to a temporary file rather than held in memory.
 */
final class TapResultReader {

    private static final int SNIFF_BYTES = 2048;
    private static final int PROGRESS_EVERY_ROWS = 2000;
    private static final Pattern LOGIN_WORDS = Pattern.compile("log ?in|sign ?in|password|authenticat",
            Pattern.CASE_INSENSITIVE);

    private final ResultSource source;
    private final long maxrec;
    private final TapProgress progress;
    private final Cancellation cancellation;
    private final ResultTable.Builder builder = new ResultTable.Builder();

    private TapResultReader(ResultSource source, long maxrec, TapProgress progress, Cancellation cancellation) {
        this.source = source;
        this.maxrec = maxrec;
        this.progress = progress;
        this.cancellation = cancellation;
    }

    /** Reads the whole body (and closes the source); throws a {@link TapException} for anything but a table. */
    static TapResult read(ResultSource source, long maxrec, TapProgress progress, Cancellation cancellation) {
        try (source) {
            return new TapResultReader(source, maxrec, progress, cancellation).read();
        }
    }

    private TapResult read() {
        String what = source.describe();
        try {
            BufferedInputStream in = new BufferedInputStream(source.body(), 1 << 16);
            in.mark(SNIFF_BYTES);
            byte[] head = in.readNBytes(SNIFF_BYTES);
            in.reset();
            String start = new String(head, StandardCharsets.ISO_8859_1).stripLeading();
            String mediaType = source.mediaType();
            if (head.length == 0) {
                throw new TapException(TapException.Kind.MALFORMED, what + " sent an empty answer");
            }
            if (ServiceMessages.isHtml(head, mediaType)) {
                throw htmlPage(what, in);
            }
            boolean overflow = false;
            if (start.startsWith("SIMPLE  =")) {
                String problem = FitsRowGuard.problem(in);
                if (problem != null) {
                    throw new TapException(TapException.Kind.MALFORMED, what + " sent a FITS result that cannot be read: "
                            + problem);
                }
                new FitsTableBuilder().streamStarTable(in, sink(), null);
            } else if (start.startsWith("<") || start.startsWith("\uFEFF<") || start.startsWith("\u00EF\u00BB\u00BF<")) {
                overflow = readVoTable(in, what);
            } else if (mediaType.equals("text/csv") || mediaType.equals("text/tab-separated-values")) {
                readCsv(in, mediaType.equals("text/tab-separated-values") ? '\t' : ',');
            } else {
                throw new TapException(TapException.Kind.MALFORMED, what + " sent "
                        + (mediaType.isEmpty() ? "an answer with no content type" : mediaType)
                        + ", which is not a table format this program reads");
            }
            ResultTable table = builder.build();
            progress.read(source.bytesRead(), table.rowCount());
            List<TapColumn> columns = table.starColumns().stream().map(TapColumn::fromStil).toList();
            return new TapResult(table, columns, overflow, maxrec, source.bytesRead());
        } catch (TapException e) {
            throw e;
        } catch (IOException | SAXException | RuntimeException e) {
            throw readFailure(what, e);
        }
    }

    /** The VOTable's first table into the builder; true when QUERY_STATUS said OVERFLOW. */
    private boolean readVoTable(InputStream in, String what) throws IOException, SAXException {
        TableContentHandler stil = new TableContentHandler(false); // lenient: a char FIELD without arraysize (RSP s_region) is a string
        stil.setReadHrefTables(false);
        stil.setTableHandler(new TableHandler() {
            private int tables;

            @Override
            public void startTable(StarTable meta) throws SAXException {
                if (tables++ == 0) {
                    builder.acceptMetadata(meta);
                }
            }

            @Override
            public void rowData(Object[] row) {
                if (tables == 1) {
                    accept(row);
                }
            }

            @Override
            public void endTable() {
            }
        });
        QueryStatusFilter status = new QueryStatusFilter();
        status.setContentHandler(stil);
        try {
            Xml.parseSax(reader -> {
                status.setParent(reader);
                status.parse(new InputSource(in));
            });
        } catch (QueryStatusFilter.NotVoTable e) {
            throw new TapException(TapException.Kind.MALFORMED, what + " answered with an XML document"
                    + " that is not a VOTable (" + e.getMessage() + ")");
        } catch (CellSizeGuard.TooLarge e) {
            throw new TapException(TapException.Kind.MALFORMED, what + " sent a table that cannot be read: "
                    + e.getMessage());
        } catch (SAXException | IOException e) {
            if (status.error() != null && !cancellation.isCancelled() && source.stalledFor().isEmpty()) {
                throw serviceError(what, status.error());
            }
            throw e;
        } finally {
            status.abandon();
        }
        if (status.error() != null) {
            throw serviceError(what, status.error());
        }
        if (!builder.hasMetadata()) {
            throw new TapException(TapException.Kind.MALFORMED, what
                    + " answered with a VOTable that holds no table and no error message");
        }
        return status.overflow();
    }

    private void readCsv(InputStream in, char delimiter) throws IOException {
        Path spool = Files.createTempFile("butler-tap-", ".csv");
        try {
            try (OutputStream out = Files.newOutputStream(spool)) {
                byte[] buffer = new byte[1 << 16];
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    out.write(buffer, 0, n);
                    progress.read(source.bytesRead(), 0);
                }
            }
            CsvTableBuilder csv = new CsvTableBuilder();
            csv.setDelimiter(delimiter);
            String header = source.contentType().map(TapResultReader::headerParameter).orElse(null);
            csv.setHasHeader(header == null ? null : header.equals("present"));
            StarTable table = csv.makeStarTable(new FileDataSource(spool.toFile()), false, StoragePolicy.PREFER_DISK);
            TableSink sink = sink();
            sink.acceptMetadata(table);
            try (RowSequence rows = table.getRowSequence()) {
                while (rows.next()) {
                    sink.acceptRow(rows.getRow());
                }
            }
            sink.endRows();
        } finally {
            Files.deleteIfExists(spool);
        }
    }

    private static String headerParameter(String contentType) {
        Matcher m = Pattern.compile(";\\s*header\\s*=\\s*\"?(\\w+)", Pattern.CASE_INSENSITIVE).matcher(contentType);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    /** A STIL sink feeding the builder, for the FITS and CSV readers. */
    private TableSink sink() {
        return new TableSink() {
            @Override
            public void acceptMetadata(StarTable meta) {
                builder.acceptMetadata(meta);
            }

            @Override
            public void acceptRow(Object[] row) {
                accept(row);
            }

            @Override
            public void endRows() {
            }
        };
    }

    private void accept(Object[] row) {
        builder.acceptRow(row);
        int rows = builder.rowCount();
        if (rows % PROGRESS_EVERY_ROWS == 0) {
            cancellation.throwIfCancelled();
            progress.read(source.bytesRead(), rows);
        }
    }

    private TapException htmlPage(String what, InputStream in) throws IOException {
        byte[] page = in.readNBytes(64 * 1024);
        String title = source.redact(ServiceMessages.extract(page, "text/html"));
        boolean login = LOGIN_WORDS.matcher(new String(page, StandardCharsets.UTF_8)).find();
        String titled = title == null ? "an HTML page" : "an HTML page titled \"" + title + "\"";
        if (login) {
            return new TapException(TapException.Kind.AUTHENTICATION, what + " answered with " + titled
                    + " instead of a table, which looks like a login page: the service needs a token");
        }
        return new TapException(TapException.Kind.MALFORMED, what + " answered with " + titled
                + " instead of a table");
    }

    private TapException serviceError(String what, String message) {
        return new TapException(TapException.Kind.SERVICE_ERROR, what + " reported an error: " + source.redact(message));
    }

    /** Why reading stopped: the caller cancelled, the service went quiet, or the bytes were not a table. */
    private TapException readFailure(String what, Exception e) {
        int rows = builder.rowCount();
        long bytes = source.bytesRead();
        String after = " after " + rows + (rows == 1 ? " row" : " rows") + " (" + bytes + " bytes)";
        if (cancellation.isCancelled()) {
            return Cancellation.cancelledException();
        }
        if (source.stalledFor().isPresent()) {
            return new TapException(TapException.Kind.TIMEOUT, what + " stopped sending data for "
                    + TapHttp.seconds(source.stalledFor().get()) + after, e);
        }
        String detail = source.redact(rootMessage(e));
        if (e instanceof SAXParseException p) {
            detail = "line " + p.getLineNumber() + ": " + detail;
        }
        return new TapException(TapException.Kind.MALFORMED, "the table from " + what
                + " is cut short or malformed" + after + " (" + detail + ")", e);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        if (e instanceof SAXException s && s.getException() != null) {
            t = s.getException();
        }
        String m = t.getMessage() == null ? e.getMessage() : t.getMessage();
        return m == null ? t.getClass().getSimpleName() : ServiceMessages.oneLine(m);
    }
}
