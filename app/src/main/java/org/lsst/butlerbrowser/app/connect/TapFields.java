package org.lsst.butlerbrowser.app.connect;

import java.util.Locale;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.lsst.butlerbrowser.model.repo.Environment;
import org.lsst.butlerbrowser.model.repo.Secret;
import org.lsst.butlerbrowser.model.tap.Availability;
import org.lsst.butlerbrowser.model.tap.TapAuth;
import org.lsst.butlerbrowser.model.tap.TapCapabilities;
import org.lsst.butlerbrowser.model.tap.TapConnection;
import org.lsst.butlerbrowser.model.tap.TapService;
import org.lsst.butlerbrowser.model.tap.TokenSource;

/**
 * The Connect dialog's TAP fields: the service URL, how to authenticate (none, bearer token, HTTP
 * Basic with the token as password) and where the token comes from. A typed token lives in
 * {@link #typedTokenProperty()} only while the dialog is open; what is remembered of a connection
 * is the URL and where the token comes from, never the token.
 */
public final class TapFields {

    private final Environment env;
    private final StringProperty url = new SimpleStringProperty(this, "url", "");
    private final ObjectProperty<TapAuth.Scheme> scheme = new SimpleObjectProperty<>(this, "scheme", TapAuth.Scheme.NONE);
    private final ObjectProperty<TokenFrom> tokenFrom = new SimpleObjectProperty<>(this, "tokenFrom", TokenFrom.VARIABLE);
    private final StringProperty tokenVariable = new SimpleStringProperty(this, "tokenVariable", TapAuth.DEFAULT_TOKEN_VARIABLE);
    private final StringProperty tokenFile = new SimpleStringProperty(this, "tokenFile", "");
    private final StringProperty typedToken = new SimpleStringProperty(this, "typedToken", "");
    private final ReadOnlyStringWrapper tokenNote = new ReadOnlyStringWrapper(this, "tokenNote", "");

    TapFields(Environment env) {
        this.env = env;
        for (ObservableValue<?> field : new ObservableValue<?>[] {scheme, tokenFrom, tokenVariable, tokenFile}) {
            field.addListener((obs, was, now) -> updateTokenNote());
        }
        updateTokenNote();
    }

    /** The fields that, when changed, make a test's verdict stale. */
    ObservableValue<?>[] fields() {
        return new ObservableValue<?>[] {url, scheme, tokenFrom, tokenVariable, tokenFile, typedToken};
    }

    boolean isFilledIn() {
        return !url.get().isBlank();
    }

    /** Whether connecting needs nothing more: a typed token must be typed again in each session. */
    boolean isReadyWithoutAsking() {
        return scheme.get() == TapAuth.Scheme.NONE || tokenFrom.get() != TokenFrom.TYPED || !typedToken.get().isEmpty();
    }

    /**
     * The service the fields name; an IllegalArgumentException says in a sentence what is missing.
     * A typed token moves into the connection's {@link Secret}.
     */
    TapConnection connection() {
        if (url.get().isBlank()) {
            throw new IllegalArgumentException("give the TAP service's URL, e.g. https://data.lsst.cloud/api/tap");
        }
        return new TapConnection(TapService.parseUrl(url.get()), scheme.get(), tokenSource());
    }

    private TokenSource tokenSource() {
        if (scheme.get() == TapAuth.Scheme.NONE) {
            return null;
        }
        return switch (tokenFrom.get()) {
            case VARIABLE -> new TokenSource.Variable(required(tokenVariable.get(), "name the environment variable that holds the token"));
            case FILE -> new TokenSource.File(env.path(required(tokenFile.get(), "choose the file that holds the token")));
            case TYPED -> new TokenSource.Typed(Secret.of(required(typedToken.get(), "type the token, or take it from a variable or a file")));
        };
    }

    private static String required(String value, String problem) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(problem);
        }
        return value.strip();
    }

    /** What to remember: the URL, the scheme and where the token comes from. */
    RecentConnection.TapService recent(TapConnection connection) {
        String where = connection.token() instanceof TokenSource.Variable v ? v.name()
                : connection.token() instanceof TokenSource.File f ? f.path().toString() : null;
        TokenFrom from = connection.token() == null ? null : tokenFrom.get();
        return new RecentConnection.TapService(connection.url().toString(), connection.scheme(), from, where);
    }

    /** Fills the fields from a remembered connection; a typed token has to be typed again. */
    void use(RecentConnection.TapService recent) {
        url.set(recent.url());
        scheme.set(recent.scheme());
        typedToken.set("");
        if (recent.tokenFrom() != null) {
            tokenFrom.set(recent.tokenFrom());
            if (recent.tokenFrom() == TokenFrom.VARIABLE) {
                tokenVariable.set(recent.where());
            } else if (recent.tokenFrom() == TokenFrom.FILE) {
                tokenFile.set(recent.where());
            }
        }
    }

    /** The dialog is going away or the token is in a Secret now: forget the typed copy. */
    void wipe() {
        typedToken.set("");
    }

    private void updateTokenNote() {
        if (scheme.get() == TapAuth.Scheme.NONE) {
            tokenNote.set("Public services need no token. The Rubin Science Platform needs one: choose Bearer token.");
            return;
        }
        tokenNote.set(switch (tokenFrom.get()) {
            case VARIABLE -> {
                String name = tokenVariable.get() == null ? "" : tokenVariable.get().strip();
                yield name.isEmpty() ? "Name the environment variable that holds the token."
                        : env.variable(name).isPresent() ? name + " is set in this session; its token is read on connecting and never stored."
                        : name + " is not set in this session: set it before starting Butler Browser, or take the token from a file.";
            }
            case FILE -> "The file's content is the token (blanks around it removed); only the path is remembered.";
            case TYPED -> "A typed token is kept for this session only, never saved.";
        });
    }

    /**
     * One line on what the service offers: "TAP service available · ADQL 2.0, 2.1 · ObsCore · INTERSECTS
     * offered · 17 output formats · MAXREC 20,000 (at most 20,000,000)".
     */
    static String summary(Availability availability, TapCapabilities caps) {
        StringBuilder s = new StringBuilder(availability.available() ? "TAP service available" : "TAP service says it is down");
        String adql = caps.languages().stream().filter(l -> "ADQL".equalsIgnoreCase(l.name()))
                .flatMap(l -> l.versions().stream()).map(v -> v.replaceAll("(?i)^adql-?", ""))
                .distinct().collect(Collectors.joining(", "));
        s.append(" · ADQL ").append(adql.isEmpty() ? "(no version listed)" : adql);
        if (caps.hasObsCore()) {
            s.append(" · ObsCore");
        }
        s.append(caps.supportsGeometry("INTERSECTS") ? " · INTERSECTS offered" : " · no INTERSECTS");
        s.append(" · ").append(caps.outputFormats().size()).append(" output formats");
        if (caps.defaultMaxrec() >= 0) {
            s.append(String.format(Locale.ROOT, " · MAXREC %,d", caps.defaultMaxrec()));
            if (caps.hardMaxrec() >= 0) {
                s.append(String.format(Locale.ROOT, " (at most %,d)", caps.hardMaxrec()));
            }
        }
        if (!availability.available() && !availability.notes().isEmpty()) {
            s.append(": ").append(String.join("; ", availability.notes()));
        }
        return s.toString();
    }

    public StringProperty urlProperty() {
        return url;
    }

    public ObjectProperty<TapAuth.Scheme> schemeProperty() {
        return scheme;
    }

    public ObjectProperty<TokenFrom> tokenFromProperty() {
        return tokenFrom;
    }

    public StringProperty tokenVariableProperty() {
        return tokenVariable;
    }

    public StringProperty tokenFileProperty() {
        return tokenFile;
    }

    /** Bound to the token field only; read by {@link #connection()} alone. */
    public StringProperty typedTokenProperty() {
        return typedToken;
    }

    /** Where the token will come from and whether it is there, in a sentence. Never the token. */
    public ReadOnlyStringProperty tokenNoteProperty() {
        return tokenNote.getReadOnlyProperty();
    }
}
