package org.lsst.butlerbrowser.app.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lsst.butlerbrowser.app.connect.ConnectViewModel.StatusKind;
import org.lsst.butlerbrowser.app.tap.RecordedTapService;
import org.lsst.butlerbrowser.app.tap.TapDocs;
import org.lsst.butlerbrowser.app.tap.TestTapService;
import org.lsst.butlerbrowser.app.tasks.DirectTaskRunner;
import org.lsst.butlerbrowser.model.repo.Environment;
import org.lsst.butlerbrowser.model.tap.TapAuth;
import org.lsst.butlerbrowser.model.tap.TokenSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The Connect dialog's TAP way on its own: plain JUnit, work run at once, a recorded or the real service. */
class TapConnectTest {

    private static final String TOKEN = "gt-connectTestKey.secretValueNeverStored";

    @TempDir
    Path home;

    private final Preferences prefs = MemoryPreferences.root();

    private ConnectViewModel model(Map<String, String> variables) {
        return new ConnectViewModel(Environment.of(variables, home, home), new DirectTaskRunner(),
                new RecentConnections(prefs.node("recent")));
    }

    private static ConnectViewModel tap(ConnectViewModel model, String url, TapAuth.Scheme scheme, TokenFrom from) {
        model.modeProperty().set(ConnectMode.TAP);
        model.tap().urlProperty().set(url);
        model.tap().schemeProperty().set(scheme);
        model.tap().tokenFromProperty().set(from);
        return model;
    }

    /** The line Test should show, from the recorded documents read with the JDK's DOM parser. */
    private static String expectedLine() {
        Document caps = TapDocs.dom("capabilities.xml");
        Element tap = TapDocs.elements(caps, "capability").stream()
                .filter(c -> c.getAttribute("standardID").equals("ivo://ivoa.net/std/TAP")).findFirst().orElseThrow();
        List<String> versions = TapDocs.elements(TapDocs.children(tap, "language").get(0), "version").stream()
                .map(v -> v.getTextContent().strip()).distinct().toList();
        boolean intersects = TapDocs.elements(tap, "form").stream().anyMatch(f -> f.getTextContent().strip().equals("INTERSECTS"));
        boolean obscore = TapDocs.elements(tap, "dataModel").stream()
                .anyMatch(m -> m.getAttribute("ivo-id").startsWith("ivo://ivoa.net/std/obscore"));
        Element limit = TapDocs.children(tap, "outputLimit").get(0);
        return "TAP service available · ADQL " + String.join(", ", versions) + (obscore ? " · ObsCore" : "")
                + (intersects ? " · INTERSECTS offered" : " · no INTERSECTS")
                + " · " + TapDocs.children(tap, "outputFormat").size() + " output formats"
                + String.format(Locale.ROOT, " · MAXREC %,d (at most %,d)", Long.parseLong(TapDocs.childText(limit, "default")),
                Long.parseLong(TapDocs.childText(limit, "hard")));
    }

    @Test
    void testingSaysInOneLineWhatTheServiceOffers() {
        try (RecordedTapService service = new RecordedTapService()) {
            ConnectViewModel model = tap(model(Map.of()), service.url(), TapAuth.Scheme.NONE, TokenFrom.VARIABLE);
            assertTrue(model.filledInProperty().get());
            model.test();
            assertEquals(StatusKind.OK, model.getStatusKind(), model.getStatus());
            assertEquals(expectedLine(), model.getStatus());
            assertEquals(List.of("/tap/availability", "/tap/capabilities"),
                    service.requests().stream().map(RecordedTapService.Request::path).toList());
            assertTrue(service.requests().stream().allMatch(r -> r.authorization() == null), "no token, no header");
        }
    }

    @Test
    void theTokenReachesTheServiceFromAVariableAFileOrTyping() throws Exception {
        Path file = home.resolve("rsp-token");
        Files.writeString(file, "  " + TOKEN + "\n");
        try (RecordedTapService service = new RecordedTapService()) {
            ConnectViewModel fromVariable = tap(model(Map.of("MY_RSP_TOKEN", TOKEN)), service.url(), TapAuth.Scheme.BEARER,
                    TokenFrom.VARIABLE);
            fromVariable.tap().tokenVariableProperty().set("MY_RSP_TOKEN");
            fromVariable.test();
            ConnectViewModel fromFile = tap(model(Map.of()), service.url(), TapAuth.Scheme.BEARER, TokenFrom.FILE);
            fromFile.tap().tokenFileProperty().set("~/rsp-token");
            fromFile.test();
            ConnectViewModel typed = tap(model(Map.of()), service.url(), TapAuth.Scheme.BASIC, TokenFrom.TYPED);
            typed.tap().typedTokenProperty().set(TOKEN);
            typed.test();
            String basic = "Basic " + Base64.getEncoder().encodeToString((TapAuth.BASIC_TOKEN_USER + ":" + TOKEN)
                    .getBytes(StandardCharsets.UTF_8));
            assertEquals(List.of("Bearer " + TOKEN, "Bearer " + TOKEN, "Bearer " + TOKEN, "Bearer " + TOKEN, basic, basic),
                    service.requests().stream().map(RecordedTapService.Request::authorization).toList());
            for (ConnectViewModel m : List.of(fromVariable, fromFile, typed)) {
                assertEquals(StatusKind.OK, m.getStatusKind(), m.getStatus());
                assertFalse(m.getStatus().contains(TOKEN));
            }
        }
    }

    @Test
    void aMissingTokenIsNamedInOneSentenceWithoutAsking() {
        try (RecordedTapService service = new RecordedTapService()) {
            ConnectViewModel model = tap(model(Map.of()), service.url(), TapAuth.Scheme.BEARER, TokenFrom.VARIABLE);
            assertTrue(model.tap().tokenNoteProperty().get().startsWith("ACCESS_TOKEN is not set"),
                    model.tap().tokenNoteProperty().get());
            model.test();
            assertEquals(StatusKind.ERROR, model.getStatusKind());
            assertEquals("The environment variable ACCESS_TOKEN that should hold the TAP token is not set or empty.",
                    model.getStatus());
            assertTrue(service.requests().isEmpty(), "nothing is sent without the token");
        }
    }

    @Test
    void aRecentConnectionKeepsWhereTheTokenComesFromButNeverTheToken() throws Exception {
        try (RecordedTapService service = new RecordedTapService()) {
            ConnectViewModel model = tap(model(Map.of("ACCESS_TOKEN", TOKEN)), service.url(), TapAuth.Scheme.BEARER,
                    TokenFrom.VARIABLE);
            ConnectRequest.Tap request = assertInstanceOf(ConnectRequest.Tap.class, model.connect().orElseThrow());
            assertEquals(new TokenSource.Variable("ACCESS_TOKEN"), request.connection().token());
            assertEquals("TAP · " + service.url().substring("http://".length()), request.name());

            ConnectViewModel typed = tap(model(Map.of()), service.url(), TapAuth.Scheme.BASIC, TokenFrom.TYPED);
            typed.tap().typedTokenProperty().set(TOKEN);
            ConnectRequest.Tap second = assertInstanceOf(ConnectRequest.Tap.class, typed.connect().orElseThrow());
            assertEquals(TOKEN, ((TokenSource.Typed) second.connection().token()).token().revealAsString());
            assertEquals("", typed.tap().typedTokenProperty().get(), "the typed token is wiped once it is in the Secret");

            List<RecentConnection> recents = new RecentConnections(prefs.node("recent")).list();
            assertEquals(List.of(new RecentConnection.TapService(service.url(), TapAuth.Scheme.BASIC, TokenFrom.TYPED, null),
                    new RecentConnection.TapService(service.url(), TapAuth.Scheme.BEARER, TokenFrom.VARIABLE, "ACCESS_TOKEN")),
                    recents);
            ByteArrayOutputStream stored = new ByteArrayOutputStream();
            prefs.exportSubtree(stored);
            assertFalse(stored.toString(StandardCharsets.UTF_8).contains(TOKEN), "no token in the preferences");
            assertTrue(recents.stream().noneMatch(r -> r.title().contains(TOKEN)));

            ConnectViewModel next = model(Map.of());
            assertEquals(ConnectMode.TAP, next.modeProperty().get(), "the newest recent connection fills the form");
            assertEquals(TokenFrom.TYPED, next.tap().tokenFromProperty().get());
            assertFalse(next.isReadyWithoutAsking(), "a typed token is asked for again");
            next.useRecent(recents.get(1));
            assertTrue(next.isReadyWithoutAsking());
            assertEquals("ACCESS_TOKEN", next.tap().tokenVariableProperty().get());
        }
    }

    @Test
    void aBadUrlIsRefusedInOneSentence() {
        ConnectViewModel model = tap(model(Map.of()), "data.lsst.cloud/api/tap", TapAuth.Scheme.NONE, TokenFrom.VARIABLE);
        assertTrue(model.connect().isEmpty());
        assertEquals(StatusKind.ERROR, model.getStatusKind());
        assertEquals("A TAP service URL must start with http:// or https:// and name a host: 'data.lsst.cloud/api/tap'.",
                model.getStatus());
    }

    @Test
    void testingTheRealServiceSaysItIsAvailable() {
        ConnectViewModel model = tap(model(Map.of()), TestTapService.url(), TapAuth.Scheme.NONE, TokenFrom.VARIABLE);
        model.test();
        assertEquals(StatusKind.OK, model.getStatusKind(), model.getStatus());
        assertEquals(expectedLine(), model.getStatus(), "the kit's service answers as it did when recorded");
    }
}
