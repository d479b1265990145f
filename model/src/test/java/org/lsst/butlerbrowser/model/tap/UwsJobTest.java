package org.lsst.butlerbrowser.model.tap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * UWS jobs: the recorded DaCHS job documents in every phase, and whole async queries replayed from
 * the recorded job (create, 303 to a job URL outside /tap/async, PHASE=RUN, blocking WAIT, result,
 * DELETE) by a local server that stands in for DaCHS.
 */
class UwsJobTest {

    private static final String RECORDED_HOST = "http://127.0.0.1:18080";
    private static final Duration LIMIT = Duration.ofSeconds(30);

    /** The recorded job's path, from the Location of the recorded 303. */
    private static String jobPath() {
        try {
            return Files.readAllLines(TapFixtures.shared("async-create-response.headers.txt")).stream()
                    .filter(l -> l.startsWith("Location:")).map(l -> URI.create(l.substring(9).strip()).getPath())
                    .findFirst().orElseThrow();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A recorded document with the recorded host replaced by the local server's. */
    private static byte[] replayed(String fixture, FakeTapServer server) {
        String text = new String(TapFixtures.bytes(TapFixtures.shared(fixture)), StandardCharsets.UTF_8);
        return text.replace(RECORDED_HOST, "http://127.0.0.1:" + server.port()).getBytes(StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange exchange, String fixture, FakeTapServer server) throws IOException {
        TapFixtures.Entry e = TapFixtures.manifest(fixture);
        FakeTapServer.bytes(e.status(), e.contentType(), replayed(fixture, server)).handle(exchange);
    }

    private static void seeOther(HttpExchange exchange, String location) throws IOException {
        FakeTapServer.redirect(303, location).handle(exchange);
    }

    /** What the job answers to a blocking poll. */
    @FunctionalInterface
    private interface WaitAnswer {
        void handle(HttpExchange exchange, FakeTapServer server) throws IOException;
    }

    /** DaCHS as recorded: the job's plain GET answers {@code statusFixture}, a WAIT poll {@code onWait}. */
    private static FakeTapServer dachs(String statusFixture, WaitAnswer onWait) {
        return dachs(statusFixture, onWait, (exchange, server) -> send(exchange, "async-job-result.vot", server));
    }

    /** As {@link #dachs(String, WaitAnswer)}, with the job's result sent by {@code result}. */
    private static FakeTapServer dachs(String statusFixture, WaitAnswer onWait, WaitAnswer result) {
        FakeTapServer server = new FakeTapServer();
        String job = jobPath();
        String jobUrl = "http://127.0.0.1:" + server.port() + job;
        server.on("/tap/async", exchange -> seeOther(exchange, jobUrl));
        server.on(job, exchange -> {
            String path = exchange.getRequestURI().getPath();
            String query = exchange.getRequestURI().getRawQuery();
            String method = exchange.getRequestMethod();
            if (path.endsWith("/phase") && method.equals("POST")) {
                seeOther(exchange, jobUrl);
            } else if (path.endsWith("/results/result")) {
                result.handle(exchange, server);
            } else if (method.equals("DELETE")) {
                seeOther(exchange, "http://127.0.0.1:" + server.port() + "/__system__/tap/run/async");
            } else if (query != null && query.contains("WAIT=")) {
                onWait.handle(exchange, server);
            } else {
                send(exchange, statusFixture, server);
            }
        });
        return server;
    }

    @ParameterizedTest
    @ValueSource(strings = {"async-job-pending.xml", "async-job-executing.xml", "async-job-wait.xml",
            "async-job-completed.xml", "async-job-error.xml"})
    void aJobDocumentInEachPhaseReadsAsRecorded(String fixture) throws Exception {
        Document d = TapFixtures.dom(TapFixtures.shared(fixture));
        URI jobUrl = URI.create(RECORDED_HOST + jobPath());
        UwsJobStatus status = UwsJobStatus.parse(new ByteArrayInputStream(TapFixtures.bytes(TapFixtures.shared(fixture))), jobUrl);

        assertEquals(TapFixtures.texts(d.getDocumentElement(), "jobId").get(0), status.jobId());
        assertEquals(TapFixtures.texts(d.getDocumentElement(), "phase").get(0), status.phase().name());
        assertEquals(TapFixtures.elements(d, "result").stream()
                        .map(e -> e.getAttributeNS("http://www.w3.org/1999/xlink", "href")).toList(),
                status.results().stream().map(r -> r.href().toString()).toList());
        Element query = TapFixtures.elements(d, "parameter").stream().filter(p -> p.getAttribute("id").equals("query"))
                .findFirst().orElseThrow();
        assertEquals(query.getTextContent(), status.parameters().get("query"));
        List<String> messages = TapFixtures.texts(d.getDocumentElement(), "message");
        assertEquals(messages.isEmpty() ? null : messages.get(0), status.errorMessage());
        assertEquals(TapFixtures.texts(d.getDocumentElement(), "creationTime").get(0), status.creationTime().toString());
    }

    @Test
    void anAsyncQueryCreatesStartsWaitsReadsAndDeletesItsJob() {
        List<UwsPhase> phases = new CopyOnWriteArrayList<>();
        TapProgress progress = new TapProgress() {
            @Override
            public void read(long bytes, long rows) {
            }

            @Override
            public void phase(UwsPhase phase) {
                phases.add(phase);
            }
        };
        String adql = TapFixtures.manifest("async-create-response.html").parameters().get("QUERY");
        try (FakeTapServer server = dachs("async-job-executing.xml",
                (exchange, self) -> send(exchange, "async-job-wait.xml", self))) {
            TapResult result = assertTimeoutPreemptively(LIMIT, () -> new TapService(server.base(), TapAuth.none(),
                    TapTimeouts.DEFAULT).queryAsync(TapQuery.adql(adql), progress, Cancellation.none()));

            assertEquals(TapFixtures.tabledata(TapFixtures.shared("async-job-result.vot")).size(), result.rowCount());
            assertEquals(List.of(UwsPhase.EXECUTING, UwsPhase.COMPLETED), phases);
            List<String> calls = server.requests().stream().map(r -> r.method() + " " + r.path()
                    + (r.query() == null ? "" : "?" + r.query())).toList();
            String job = jobPath();
            assertEquals(List.of("POST /tap/async", "POST " + job + "/phase", "GET " + job,
                    "GET " + job + "?WAIT=" + UwsJob.WAIT.toSeconds() + "&PHASE=EXECUTING",
                    "GET " + job + "/results/result", "DELETE " + job), calls);
            assertEquals(adql, server.requests().get(0).form().get("QUERY"));
            assertNull(server.requests().get(0).form().get("PHASE"), "DaCHS ignores PHASE=RUN at creation");
            assertEquals("RUN", server.requests().get(1).form().get("PHASE"));
        }
    }

    @Test
    void aFailedJobReportsTheServicesErrorSummaryAndIsDeleted() {
        Document d = TapFixtures.dom(TapFixtures.shared("async-job-error.xml"));
        String message = TapFixtures.texts(d.getDocumentElement(), "message").get(0);
        try (FakeTapServer server = dachs("async-job-error.xml", (exchange, self) -> { })) {
            TapException e = assertTimeoutPreemptively(LIMIT, () -> assertThrows(TapException.class,
                    () -> new TapService(server.base(), TapAuth.none(), TapTimeouts.DEFAULT)
                            .queryAsync(TapQuery.adql("SELECT no_such_column FROM ivoa.obscore"), TapProgress.NONE,
                                    Cancellation.none())));
            assertEquals(TapException.Kind.SERVICE_ERROR, e.kind());
            assertTrue(e.getMessage().endsWith("reported an error: " + message), e.getMessage());
            assertEquals("DELETE", server.requests().get(server.requests().size() - 1).method());
        }
    }

    @Test
    void aDeletedJobAnswers404WithTheServicesMessage() {
        String fixture = "async-job-after-delete.vot";
        try (FakeTapServer server = new FakeTapServer()) {
            server.on(jobPath(), exchange -> send(exchange, fixture, server));
            TapService service = new TapService(server.base(), TapAuth.none(), TapTimeouts.DEFAULT);
            UwsJob job = service.job(URI.create("http://127.0.0.1:" + server.port() + jobPath()), -1);
            TapException e = assertThrows(TapException.class, () -> job.status(Cancellation.none()));
            assertEquals(TapException.Kind.HTTP_STATUS, e.kind());
            assertEquals(TapFixtures.manifest(fixture).status(), e.httpStatus());
            assertTrue(e.getMessage().endsWith(": " + TapFixtures.errorInfo(TapFixtures.shared(fixture))), e.getMessage());
        }
    }

    @Test
    void cancellingWhileTheJobRunsAbortsAndDeletesIt() {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        try (FakeTapServer server = dachs("async-job-executing.xml", (exchange, self) -> {
            try {
                Thread.sleep(60_000); // a WAIT that outlasts the test
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        })) {
            Cancellation cancellation = new Cancellation();
            timer.schedule(cancellation::cancel, 700, TimeUnit.MILLISECONDS);
            long start = System.nanoTime();
            TapException e = assertTimeoutPreemptively(LIMIT, () -> assertThrows(TapException.class,
                    () -> new TapService(server.base(), TapAuth.none(), TapTimeouts.DEFAULT)
                            .queryAsync(TapQuery.adql("SELECT * FROM ivoa.obscore"), TapProgress.NONE, cancellation)));
            assertEquals(TapException.Kind.CANCELLED, e.kind());
            assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(10)) < 0);
            List<FakeTapServer.Request> calls = new ArrayList<>(server.requests());
            assertTrue(calls.stream().anyMatch(r -> "ABORT".equals(r.form().get("PHASE"))), calls.toString());
            assertEquals("DELETE", calls.get(calls.size() - 1).method());
        } finally {
            timer.shutdownNow();
        }
    }

    /** The service deletes the job (a restart, an administrator, its own quota) while the client waits on it. */
    @Test
    void aJobDeletedUnderTheClientWhileItWaitsEndsInOneSentence() {
        String gone = "async-job-after-delete.vot";
        try (FakeTapServer server = dachs("async-job-executing.xml", (exchange, self) -> send(exchange, gone, self))) {
            long start = System.nanoTime();
            TapException e = assertTimeoutPreemptively(LIMIT, () -> assertThrows(TapException.class,
                    () -> new TapService(server.base(), TapAuth.none(), TapTimeouts.DEFAULT)
                            .queryAsync(TapQuery.adql("SELECT * FROM ivoa.obscore"), TapProgress.NONE,
                                    Cancellation.none())));
            assertEquals(TapException.Kind.HTTP_STATUS, e.kind());
            assertEquals(TapFixtures.manifest(gone).status(), e.httpStatus());
            assertTrue(e.getMessage().contains("to the request for the job's status: "
                    + TapFixtures.errorInfo(TapFixtures.shared(gone))), e.getMessage());
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
            assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(UwsJob.WAIT) < 0, "it waited out a WAIT");
            assertEquals("DELETE", server.requests().get(server.requests().size() - 1).method(),
                    "the client still cleans up after itself");
        }
    }

    /**
     * The job's result stops flowing half-way: a timeout after the idle limit, never a table of the
     * rows that came; and the job is deleted all the same.
     */
    @Test
    void anAsyncResultThatStallsHalfWayTimesOutAndTheJobIsDeleted() {
        byte[] body = TapFixtures.bytes(TapFixtures.shared("big-table-sample.vot"));
        TapTimeouts idle = new TapTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(5),
                Duration.ofSeconds(1));
        try (FakeTapServer server = dachs("async-job-completed.xml", (exchange, self) -> { },
                (exchange, self) -> FakeTapServer.stallAfter(TapFixtures.manifest("big-table-sample.vot").contentType(),
                        body, body.length / 2, Duration.ofSeconds(30)).handle(exchange))) {
            TapException e = assertTimeoutPreemptively(LIMIT, () -> assertThrows(TapException.class,
                    () -> new TapService(server.base(), TapAuth.none(), idle).queryAsync(
                            TapQuery.adql("SELECT * FROM ivoa.obscore"), TapProgress.NONE, Cancellation.none())));
            assertEquals(TapException.Kind.TIMEOUT, e.kind());
            assertTrue(e.getMessage().contains("stopped sending data for " + TapHttp.seconds(idle.idle())), e.getMessage());
            assertEquals("DELETE", server.requests().get(server.requests().size() - 1).method());
        }
    }

    @Test
    void aServiceThatIgnoresWaitIsPolledWithGrowingPauses() {
        AtomicInteger polls = new AtomicInteger();
        try (FakeTapServer server = dachs("async-job-executing.xml", (exchange, self) ->
                send(exchange, polls.incrementAndGet() < 4 ? "async-job-executing.xml" : "async-job-completed.xml", self))) {
            TapResult result = assertTimeoutPreemptively(LIMIT, () -> new TapService(server.base(), TapAuth.none(),
                    TapTimeouts.DEFAULT).queryAsync(TapQuery.adql("SELECT 1"), TapProgress.NONE, Cancellation.none()));
            assertEquals(4, polls.get());
            assertFalse(result.overflowed());
        }
    }
}
