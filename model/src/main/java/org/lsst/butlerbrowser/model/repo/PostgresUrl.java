package org.lsst.butlerbrowser.model.repo;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lsst.butlerbrowser.model.text.UntrustedText;

/**
 * A PostgreSQL connection target written the SQLAlchemy way:
 * {@code postgresql[+driver]://[user[:password]@]host[:port]/dbname[?key=value&...]}.
 *
 * <p>As in SQLAlchemy, characters such as {@code @ : / ?} inside the user name or password must be
 * percent-encoded; they are decoded here. {@link #toString()} never shows the password, and parse
 * errors quote the URL only in redacted form.
 *
 * @param driver   the {@code +driver} suffix (e.g. {@code psycopg2}), or null
 * @param username user, or null
 * @param password password, or null
 * @param host     host (IPv6 without brackets), or null when omitted (local socket in libpq terms)
 * @param port     port, or null when omitted
 * @param database database name, or null when omitted
 * @param query    query parameters in order of appearance (last one wins for repeated keys)
 */
public record PostgresUrl(String driver, String username, Secret password, String host, Integer port,
                          String database, Map<String, String> query) {

    private static final Pattern SCHEME = Pattern.compile("(?i)^postgresql(?:\\+([a-z0-9_]+))?://(.*)$",
            Pattern.DOTALL);
    // Masks up to the last '@' anywhere: over-masking is harmless, a half-masked password is not.
    private static final Pattern ANY_USERINFO_PASSWORD = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*://[^:/?@]*:).*@",
            Pattern.DOTALL);

    public PostgresUrl {
        query = query == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(query));
    }

    /** Whether {@code text} starts with {@code postgresql://} or {@code postgresql+driver://}. */
    public static boolean isPostgresUrl(String text) {
        return text != null && SCHEME.matcher(text).matches();
    }

    public static PostgresUrl parse(String url) {
        Matcher m = SCHEME.matcher(url == null ? "" : url);
        if (!m.matches()) {
            throw new RepoException("'" + redact(url) + "' is not a postgresql:// URL");
        }
        String driver = m.group(1) == null ? null : m.group(1).toLowerCase(Locale.ROOT);
        String rest = m.group(2);
        int authorityEnd = firstOf(rest, '/', '?');
        String authority = rest.substring(0, authorityEnd);
        String tail = rest.substring(authorityEnd);

        String username = null;
        Secret password = null;
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            String userinfo = authority.substring(0, at);
            int colon = userinfo.indexOf(':');
            username = emptyToNull(percentDecode(colon < 0 ? userinfo : userinfo.substring(0, colon)));
            if (colon >= 0) {
                password = Secret.of(percentDecode(userinfo.substring(colon + 1)));
            }
            authority = authority.substring(at + 1);
        }

        String host;
        String portText = null;
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            if (close < 0) {
                throw new RepoException("unclosed '[' in the host of PostgreSQL URL " + redact(url));
            }
            host = authority.substring(1, close);
            String after = authority.substring(close + 1);
            if (after.startsWith(":")) {
                portText = after.substring(1);
            } else if (!after.isEmpty()) {
                throw new RepoException("unexpected text after the host of PostgreSQL URL " + redact(url));
            }
        } else {
            int colon = authority.indexOf(':');
            host = colon < 0 ? authority : authority.substring(0, colon);
            portText = colon < 0 ? null : authority.substring(colon + 1);
        }

        if (host.chars().anyMatch(Character::isWhitespace)) {
            // no host name has one; "postgresql:// /tmp/x" would otherwise reach the connection as host " "
            throw new RepoException("the host of PostgreSQL URL " + redact(url) + " contains white space");
        }

        String database = null;
        String queryText = null;
        if (tail.startsWith("/")) {
            int qm = tail.indexOf('?');
            database = tail.substring(1, qm < 0 ? tail.length() : qm);
            queryText = qm < 0 ? null : tail.substring(qm + 1);
        } else if (tail.startsWith("?")) {
            queryText = tail.substring(1);
        }
        Map<String, String> query = parseQuery(queryText);
        if ((database != null && database.contains("@")) || query.keySet().stream().anyMatch(k -> k.matches(".*[@/].*"))) {
            // An unencoded '/' or '?' in the password splits the URL early; refuse rather than show the rest.
            throw new RepoException("PostgreSQL URL " + redact(url)
                    + " has an '@' after the host; percent-encode special characters in the user name and password");
        }
        return new PostgresUrl(driver, username, password, emptyToNull(host), parsePort(portText, url),
                emptyToNull(database), query);
    }

    /** The SQLAlchemy driver name, e.g. {@code postgresql} or {@code postgresql+psycopg2}. */
    public String driverName() {
        return driver == null ? "postgresql" : "postgresql+" + driver;
    }

    /** The URL with the password (in user info or query) replaced by {@code ***}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(driverName()).append("://");
        if (username != null || password != null) {
            sb.append(username == null ? "" : username).append(password == null ? "" : ":***").append('@');
        }
        if (host != null) {
            sb.append(host.contains(":") ? "[" + host + "]" : host);
        }
        if (port != null) {
            sb.append(':').append(port);
        }
        if (database != null) {
            sb.append('/').append(database);
        }
        String sep = "?";
        for (Map.Entry<String, String> e : query.entrySet()) {
            String value = e.getKey().equalsIgnoreCase("password") ? "***" : e.getValue();
            sb.append(sep).append(e.getKey()).append('=').append(value);
            sep = "&";
        }
        return sb.toString();
    }

    /**
     * Any URL-like text with a {@code user:password@} part masked, for quoting input that could not
     * be parsed: on one line and cut to 200 characters (after masking, so no cut leaves part of a password).
     */
    public static String redact(String text) {
        if (text == null) {
            return "null";
        }
        String masked = ANY_USERINFO_PASSWORD.matcher(text).replaceFirst("$1***@")
                .replaceAll("(?i)([?&]password=)[^&]*", "$1***");
        return UntrustedText.quote(masked, 200);
    }

    private static Integer parsePort(String text, String url) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        if (!text.matches("[0-9]{1,5}") || Integer.parseInt(text) < 1 || Integer.parseInt(text) > 65535) {
            // The port text is not quoted: in a malformed URL it may be part of a password.
            throw new RepoException("invalid port in PostgreSQL URL " + redact(url));
        }
        return Integer.parseInt(text);
    }

    private static Map<String, String> parseQuery(String text) {
        Map<String, String> result = new LinkedHashMap<>();
        if (text == null || text.isEmpty()) {
            return result;
        }
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = percentDecode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : percentDecode(pair.substring(eq + 1));
            result.put(key, value);
        }
        return result;
    }

    private static int firstOf(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        if (i < 0) {
            return j < 0 ? s.length() : j;
        }
        return j < 0 ? i : Math.min(i, j);
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    /** Like Python's unquote: {@code %XX} becomes a UTF-8 byte, {@code +} stays a plus sign. */
    static String percentDecode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        int i = 0;
        while (i < s.length()) {
            int c = s.codePointAt(i);
            if (c == '%' && i + 2 < s.length() && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2))) {
                out.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 3;
            } else {
                out.writeBytes(new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(c);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
