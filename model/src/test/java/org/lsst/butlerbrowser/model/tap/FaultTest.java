package org.lsst.butlerbrowser.model.tap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.lsst.butlerbrowser.model.repo.Secret;

/**
 * What the client does when things go wrong, against a local server of the test's own: every fault
 * ends in a {@link TapException} of the right kind with a one-sentence message, within the
 * timeouts, never a hang; the token goes to the service's own host only and never into a message.
 */
class FaultTest {

    private static final Duration LIMIT = Duration.ofSeconds(20);
    private static final TapTimeouts SHORT = new TapTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2),
            Duration.ofSeconds(2), Duration.ofSeconds(1));
    private static final String TOKEN = "gt-fakeKey.fakeSecretThatMustNotLeak";
    private static final String BINARY2 = "big-table-sample.vot";
    private static final String TABLEDATA = "obscore-sync-tabledata.vot";

    private static TapException failure(FakeTapServer server, TapAuth auth) {
        return assertTimeoutPreemptively(LIMIT, () -> assertThrows(TapException.class,
                () -> new TapService(server.base(), auth, SHORT).query(TapQuery.adql("SELECT * FROM t"))));
    }

    private static void assertOneSentence(TapException e) {
        String m = e.getMessage();
        assertFalse(m.endsWith("."), m);
        assertFalse(m.contains("\n"), m);
        assertFalse(m.contains(TOKEN), m);
    }

    @Test
    void http500WithAnErrorVoTableGivesTheStatusAndTheServicesMessage() {
        String fixture = "error-bad-adql.vot";
        try (FakeTapServer server = new FakeTapServer().on("/tap/sync",
                FakeTapServer.bytes(500, "text/xml", TapFixtures.bytes(TapFixtures.shared(fixture))))) {
            TapException e = failure(server, TapAuth.none());
            assertEquals(TapException.Kind.HTTP_STATUS, e.kind());
            assertEquals(500, e.httpStatus());
            assertTrue(e.getMessage().contains("HTTP 500"), e.getMessage());
            assertTrue(e.getMessage().endsWith(": " + TapFixtures.errorInfo(TapFixtures.shared(fixture))), e.getMessage());
            assertOneSentence(e);
        }
    }

    @Test
    void http503WithATextBodyGivesTheStatusAndTheText() {
        byte[] body = "The service is down for maintenance until 14:00 UTC\n".getBytes(StandardCharsets.UTF_8);
        try (FakeTapServer server = new FakeTapServer().on("/tap/sync", FakeTapServer.bytes(503, "text/plain", body))) {
            TapException e = failure(server, TapAuth.none());
            assertEquals(TapException.Kind.HTTP_STATUS, e.kind());
            assertEquals(503, e.httpStatus());
            assertTrue(e.getMessage().endsWith("HTTP 503 (Service Unavailable) to the query: "
                    + new String(body, StandardCharsets.UTF_8).strip()), e.getMessage());
        }
    }

    /** A busy or down service may say when to come back; the sentence passes that on (the user decides). */
    @Test
    void http503WithRetryAfterSaysWhenToTryAgain() {
        byte[] body = "Too many queries; come back later\n".getBytes(StandardCharsets.UTF_8);
        for (String retryAfter : List.of("120", "Wed, 21 Oct 2015 07:28:00 GMT")) {
            try (FakeTapServer server = new FakeTapServer().on("/tap/sync", FakeTapServer.withHeader("Retry-After",
                    retryAfter, FakeTapServer.bytes(503, "text/plain", body)))) {
                TapException e = failure(server, TapAuth.none());
                assertEquals(TapException.Kind.HTTP_STATUS, e.kind());
                assertEquals(503, e.httpStatus());
                String when = retryAfter.equals("120") ? "in 120 s" : "after 2015-10-21T07:28:00Z";
                assertTrue(e.getMessage().endsWith("HTTP 503 (Service Unavailable) and asks to try again " + when
                        + " to the query: Too many queries; come back later"), e.getMessage());
                assertEquals(1, server.requests().size(), "the client does not retry on its own");
                assertOneSentence(e);
            }
        }
    }

    @Test
    void aServerThatAcceptsButNeverAnswersTimesOut() throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            List<Socket> held = new ArrayList<>();
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        held.add(silent.accept()); // never read, never answer
                    }
                } catch (IOException e) {
                    // closed at the end of the test
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            URI base = URI.create("http://127.0.0.1:" + silent.getLocalPort() + "/tap");
            long start = System.nanoTime();
            TapException e = assertTimeoutPreemptively(LIMIT, () -> assertThrows(TapException.class,
                    () -> new TapService(base, TapAuth.none(), SHORT).query(TapQuery.adql("SELECT 1"))));
            assertEquals(TapException.Kind.TIMEOUT, e.kind());
            assertTrue(e.getMessage().contains("did not answer within " + TapHttp.seconds(SHORT.query())), e.getMessage());
            assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(SHORT.query().multipliedBy(3)) < 0);
            for (Socket s : held) {
                s.close();
            }
        }
    }

    @Test
    void aBinary2StreamThatStallsMidwayTimesOutAfterTheIdleLimitWithTheRowsCounted() {
        byte[] body = TapFixtures.bytes(TapFixtures.shared(BINARY2));
        try (FakeTapServer server = new FakeTapServer().on("/tap/sync",
                FakeTapServer.stallAfter(TapFixtures.manifest(BINARY2).contentType(), body, body.length / 2,
                        Duration.ofSeconds(30)))) {
            TapException e = failure(server, TapAuth.none());
            assertEquals(TapException.Kind.TIMEOUT, e.kind());
            assertTrue(e.getMessage().contains("stopped sending data for " + TapHttp.seconds(SHORT.idle())), e.getMessage());
            assertTrue(e.getMessage().contains("(" + body.length / 2 + " bytes)"), e.getMessage());
            assertFalse(e.getMessage().contains(" 0 rows"), e.getMessage());
        }
    }

    @Test
    void aTabledataVoTableCutShortIsMalformedNotATable() {
        byte[] whole = TapFixtures.bytes(TapFixtures.shared(TABLEDATA));
        byte[] cut = Arrays.copyOf(whole, whole.length * 3 / 5);
        try (FakeTapServer server = new FakeTapServer().on("/tap/sync",
                FakeTapServer.bytes(200, TapFixtures.manifest(TABLEDATA).contentType(), cut))) {
            TapException e = failure(server, TapAuth.none());
            assertEquals(TapException.Kind.MALFORMED, e.kind());
            assertTrue(e.getMessage().contains("cut short or malformed after"), e.getMessage());
            assertOneSentence(e);
        }
    }

    @Test
    void aBinary2StreamCutShortIsMalformedNotATable() {
        byte[] whole = TapFixtures.bytes(TapFixtures.shared(BINARY2));
        byte[] cut = Arrays.copyOf(whole, whole.length / 3);
        try (FakeTapServer server = new FakeTapServer().on("/tap/sync",
                FakeTapServer.bytes(200, TapFixtures.manifest(BINARY2).contentType(), cut))) {
            TapException e = failure(server, TapAuth.none());
            assertEquals(TapException.Kind.MALFORMED, e.kind());
            assertOneSentence(e);
        }
    }

    @Test
    void anHtmlLoginPageWithStatus200AsksForAToken() {
        byte[] page = ("<!DOCTYPE html>\n<html><head><title>Sign in to the Rubin Science Platform</title></head>"
                + "<body><form action=\"/login\"><input type=\"password\" name=\"password\"></form></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        try (FakeTapServer server = new FakeTapServer().on("/tap/sync", FakeTapServer.bytes(200, "text/html; charset=utf-8", page))) {
            TapException e = failure(server, TapAuth.none());
            assertEquals(TapException.Kind.AUTHENTICATION, e.kind());
            assertTrue(e.getMessage().contains("\"Sign in to the Rubin Science Platform\""), e.getMessage());
            assertTrue(e.getMessage().endsWith("the service needs a token"), e.getMessage());
        }
    }

    @Test
    void http401IsAnAuthenticationErrorThatNeverShowsTheTokenEvenWhenTheServiceEchoesIt() {
        byte[] body = ("Invalid token " + TOKEN).getBytes(StandardCharsets.UTF_8);
        try (FakeTapServer server = new FakeTapServer().on("/tap/sync", FakeTapServer.bytes(401, "text/plain", body))) {
            TapException e = failure(server, TapAuth.bearer(Secret.of(TOKEN)));
            assertEquals(TapException.Kind.AUTHENTICATION, e.kind());
            assertEquals(401, e.httpStatus());
            assertOneSentence(e);
            assertTrue(e.getMessage().endsWith("Invalid token ******"), e.getMessage());
            assertEquals("Bearer " + TOKEN, server.requests().get(0).authorization());
        }
    }

    @Test
    void theTokenGoesToTheServiceButNotAlongARedirectToAnotherHost() {
        String fixture = "obscore-sync-binary2.vot";
        try (FakeTapServer storage = new FakeTapServer().on("/results", FakeTapServer.fixture(fixture));
                FakeTapServer service = new FakeTapServer().on("/tap/sync",
                        FakeTapServer.redirect(303, "http://localhost:" + storage.port() + "/results/1"))) {
            TapResult result = assertTimeoutPreemptively(LIMIT, () -> new TapService(service.base(),
                    TapAuth.bearer(Secret.of(TOKEN)), SHORT).query(TapQuery.adql("SELECT * FROM ivoa.obscore")));

            assertEquals("Bearer " + TOKEN, service.requests().get(0).authorization());
            assertEquals("GET", storage.requests().get(0).method());
            assertNull(storage.requests().get(0).authorization(), "the token must not follow the redirect");
            assertEquals(TapFixtures.tabledata(TapFixtures.shared("obscore-sync-tabledata.vot")).size(), result.rowCount());
        }
    }

    @Test
    void basicAuthenticationSendsTheTokenAsPassword() {
        try (FakeTapServer server = new FakeTapServer().on("/tap/sync", FakeTapServer.fixture("obscore-overflow.vot"))) {
            new TapService(server.base(), TapAuth.basic(TapAuth.BASIC_TOKEN_USER, Secret.of(TOKEN)), SHORT)
                    .query(TapQuery.adql("SELECT 1"));
            String expected = "Basic " + Base64.getEncoder().encodeToString(
                    (TapAuth.BASIC_TOKEN_USER + ":" + TOKEN).getBytes(StandardCharsets.UTF_8));
            assertEquals(expected, server.requests().get(0).authorization());
        }
    }

    @Test
    void theTokenIsInNoStringFormOfTheServiceOrItsAuthentication() {
        TapAuth auth = TapAuth.bearer(Secret.of(TOKEN));
        TapService service = new TapService(URI.create("https://data.lsst.cloud/api/tap"), auth, SHORT);
        assertFalse(auth.toString().contains(TOKEN));
        assertFalse(service.toString().contains(TOKEN));
        assertFalse(TapAuth.basic("x-oauth-basic", Secret.of(TOKEN)).toString().contains(TOKEN));
    }

    @Test
    void aClosedPortIsUnreachable() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        URI base = URI.create("http://127.0.0.1:" + port + "/tap");
        TapException e = assertTimeoutPreemptively(LIMIT, () -> assertThrows(TapException.class,
                () -> new TapService(base, TapAuth.none(), SHORT).availability()));
        assertEquals(TapException.Kind.UNREACHABLE, e.kind());
        assertTrue(e.getMessage().startsWith("cannot connect to the TAP service at http://127.0.0.1:" + port + "/tap"),
                e.getMessage());
    }

    @Test
    void cancellingWhileTheResultStreamsStopsAtOnce() {
        byte[] body = TapFixtures.bytes(TapFixtures.shared(BINARY2));
        TapTimeouts patient = new TapTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(30), Duration.ofSeconds(30),
                Duration.ofSeconds(30));
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        try (FakeTapServer server = new FakeTapServer().on("/tap/sync",
                FakeTapServer.stallAfter(TapFixtures.manifest(BINARY2).contentType(), body, body.length / 2,
                        Duration.ofSeconds(60)))) {
            Cancellation cancellation = new Cancellation();
            timer.schedule(cancellation::cancel, 500, TimeUnit.MILLISECONDS);
            long start = System.nanoTime();
            TapException e = assertTimeoutPreemptively(LIMIT, () -> assertThrows(TapException.class,
                    () -> new TapService(server.base(), TapAuth.none(), patient)
                            .query(TapQuery.adql("SELECT * FROM t"), TapProgress.NONE, cancellation)));
            assertEquals(TapException.Kind.CANCELLED, e.kind());
            assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(5)) < 0);
        } finally {
            timer.shutdownNow();
        }
    }
}
