package org.lsst.butlerbrowser.model.repo;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Database credentials from db-auth.yaml, found and matched the way lsst.utils {@code DbAuth}
 * and daf_butler's {@code ConnectionStringFactory} do, so that a file that works for the
 * Butler command line works here and picks the same entry.
 *
 * <p>Source precedence: the JSON list in {@code LSST_DB_AUTH_CREDENTIALS}, else the YAML file
 * named by {@code LSST_DB_AUTH}, else {@code ~/.lsst/db-auth.yaml}. A missing file means no
 * credentials; a file that group or others can access is refused, as daf_butler refuses it.
 * Passwords never appear in messages: entries are quoted with their URL redacted.
 */
public final class DbAuth {

    public static final String CREDENTIALS_VARIABLE = "LSST_DB_AUTH_CREDENTIALS";
    public static final String PATH_VARIABLE = "LSST_DB_AUTH";
    public static final String DEFAULT_PATH = ".lsst/db-auth.yaml";

    /** What a matching entry supplies; {@code username} may be null. */
    public record Credentials(String username, Secret password) {
    }

    private record Entry(int number, Object url, String username, Secret password) {
    }

    private final String source;
    private final List<Entry> entries;

    private DbAuth(String source, List<Entry> entries) {
        this.source = source;
        this.entries = List.copyOf(entries);
    }

    /** Loads credentials from the first source that {@code env} provides; never null. */
    public static DbAuth fromEnvironment(Environment env) {
        Optional<String> json = env.variable(CREDENTIALS_VARIABLE);
        if (json.isPresent()) {
            String source = "the " + CREDENTIALS_VARIABLE + " variable";
            return fromParsed(ConfigLoader.parseJson(json.get(), source, ConfigLoader.Detail.POSITION_ONLY), source);
        }
        Path file = env.variable(PATH_VARIABLE).map(env::path).orElse(env.home().resolve(DEFAULT_PATH));
        if (!Files.isRegularFile(file)) {
            return new DbAuth("no db-auth file (" + file + " does not exist)", List.of());
        }
        checkPermissions(file);
        String source = "db-auth file " + file;
        Object parsed = ConfigLoader.parseYaml(ConfigLoader.readText(file), source, ConfigLoader.Detail.POSITION_ONLY);
        return fromParsed(parsed, source);
    }

    /** Where the entries came from, for messages. */
    public String source() {
        return source;
    }

    public int size() {
        return entries.size();
    }

    /**
     * The first entry matching the connection, as {@code DbAuth.getAuth} finds it. Returns empty
     * when dialect, host or database is missing (daf_butler then assumes external authentication)
     * or when no entry matches.
     *
     * @param driverName {@code dialect[+driver]}; the driver part is ignored
     * @param username   the connection's user, or null
     * @param port       the connection's port, or null if the URL gave none (then an entry
     *                   with a port does not match, even {@code :5432})
     */
    public Optional<Credentials> lookup(String driverName, String username, String host, Integer port,
                                        String database) {
        if (isEmpty(driverName) || isEmpty(host) || isEmpty(database)) {
            return Optional.empty();
        }
        String dialect = driverName.split("\\+", 2)[0];
        for (Entry entry : entries) {
            UrlPattern pattern = patternOf(entry);
            if (!dialect.equals(pattern.scheme())) {
                continue;
            }
            String path = pattern.path();
            if (!path.isEmpty() && !path.equals("/") && !Glob.matches(database, stripLeadingSlashes(path))) {
                continue;
            }
            if (pattern.username() != null && (isEmpty(username) || !username.equals(pattern.username()))) {
                continue;
            }
            if (pattern.hostname() == null) {
                throw entryError(entry, "has no host");
            }
            if (!Glob.matches(host, pattern.hostname())) {
                continue;
            }
            if (pattern.port() != null && (port == null || port.intValue() != pattern.port())) {
                continue;
            }
            if (entry.password() == null) {
                throw new RepoException("entry " + entry.number() + " in " + source + " has no password");
            }
            // The connection's own user name wins over the entry's.
            return Optional.of(new Credentials(isEmpty(username) ? entry.username() : username, entry.password()));
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "DbAuth[" + source + ", " + entries.size() + " entries]";
    }

    private UrlPattern patternOf(Entry entry) {
        if (entry.url() == null) {
            throw new RepoException("entry " + entry.number() + " in " + source + " has no url");
        }
        if (!(entry.url() instanceof String url)) {
            throw new RepoException("entry " + entry.number() + " in " + source + " has a url that is not a string");
        }
        UrlPattern pattern;
        try {
            pattern = UrlPattern.parse(url);
        } catch (IllegalArgumentException e) {
            throw entryError(entry, e.getMessage());
        }
        if (pattern.scheme().isEmpty()) {
            throw entryError(entry, "names no database dialect");
        }
        if (pattern.scheme().contains("+")) {
            throw entryError(entry, "should name only a dialect such as postgresql, not dialect+driver");
        }
        return pattern;
    }

    private RepoException entryError(Entry entry, String problem) {
        return new RepoException("the url " + PostgresUrl.redact((String) entry.url()) + " of entry "
                + entry.number() + " in " + source + " " + problem);
    }

    private static DbAuth fromParsed(Object parsed, String source) {
        if (parsed == null) {
            return new DbAuth(source, List.of());
        }
        if (!(parsed instanceof List<?> list)) {
            throw new RepoException(source + " is not a list of {url, username, password} entries");
        }
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof Map<?, ?> map)) {
                throw new RepoException("entry " + (i + 1) + " in " + source + " is not a mapping");
            }
            entries.add(new Entry(i + 1, map.get("url"), text(map.get("username"), "username", i + 1, source),
                    secret(map.get("password"), i + 1, source)));
        }
        return new DbAuth(source, entries);
    }

    private static String text(Object value, String key, int number, String source) {
        if (value == null || value instanceof String) {
            return (String) value;
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        throw new RepoException("the " + key + " of entry " + number + " in " + source + " is not a string");
    }

    private static Secret secret(Object value, int number, String source) {
        String text = text(value, "password", number, source);
        return text == null ? null : Secret.of(text);
    }

    private static void checkPermissions(Path file) {
        Set<PosixFilePermission> perms;
        try {
            perms = Files.getPosixFilePermissions(file);
        } catch (UnsupportedOperationException e) {
            return; // not a POSIX file system: nothing comparable to check
        } catch (IOException e) {
            throw new RepoException("cannot read the permissions of db-auth file " + file + ": " + e.getMessage(), e);
        }
        int mode = 0;
        for (PosixFilePermission p : perms) {
            mode |= 1 << (8 - p.ordinal()); // the enum runs OWNER_READ (0400) down to OTHERS_EXECUTE (0001)
        }
        if ((mode & 0077) != 0) {
            String how = (mode & 0044) != 0 ? "readable" : "accessible";
            throw new RepoException(String.format(Locale.ROOT,
                    "db-auth file %s is %s by group or others (mode %04o); chmod 600 it", file, how, mode));
        }
    }

    private static boolean isEmpty(String s) {
        return s == null || s.isEmpty();
    }

    private static String stripLeadingSlashes(String path) {
        int i = 0;
        while (i < path.length() && path.charAt(i) == '/') {
            i++;
        }
        return path.substring(i);
    }

    /**
     * The parts of a db-auth URL as Python's {@code urllib.parse.urlparse} reports them: scheme and
     * host lower-cased, user name as written, port as a number, path with its leading slash.
     */
    private record UrlPattern(String scheme, String username, String hostname, Integer port, String path) {
        private static final BigInteger MAX_PORT = BigInteger.valueOf(65535);

        static UrlPattern parse(String url) {
            String scheme = "";
            String rest = url;
            int colon = url.indexOf(':');
            if (colon > 0 && isAsciiLetter(url.charAt(0)) && url.substring(0, colon).matches("[A-Za-z0-9+.-]+")) {
                scheme = url.substring(0, colon).toLowerCase(Locale.ROOT);
                rest = url.substring(colon + 1);
            }
            String netloc = null;
            if (rest.startsWith("//")) {
                int end = indexOfAny(rest, 2, "/?#");
                netloc = rest.substring(2, end);
                rest = rest.substring(end);
            }
            String path = rest.substring(0, indexOfAny(rest, 0, "?#"));
            if (netloc == null) {
                return new UrlPattern(scheme, null, null, null, path);
            }
            int at = netloc.lastIndexOf('@');
            String username = null;
            if (at >= 0) {
                String userinfo = netloc.substring(0, at);
                int c = userinfo.indexOf(':');
                username = c < 0 ? userinfo : userinfo.substring(0, c);
            }
            String hostinfo = netloc.substring(at + 1);
            String hostname;
            String portText;
            if (hostinfo.contains("[")) {
                // As urllib: the host is what lies between the first '[' and the next ']' after it.
                int open = hostinfo.indexOf('[');
                int close = hostinfo.indexOf(']', open);
                if (close < 0) {
                    throw new IllegalArgumentException("has an unclosed '[' in its host");
                }
                hostname = hostinfo.substring(open + 1, close);
                String after = hostinfo.substring(close + 1);
                portText = after.contains(":") ? after.substring(after.indexOf(':') + 1) : "";
            } else {
                int c = hostinfo.indexOf(':');
                hostname = c < 0 ? hostinfo : hostinfo.substring(0, c);
                portText = c < 0 ? "" : hostinfo.substring(c + 1);
            }
            Integer port = null;
            if (!portText.isEmpty()) {
                if (!portText.matches("[0-9]+") || new BigInteger(portText).compareTo(MAX_PORT) > 0) {
                    throw new IllegalArgumentException("has an invalid port");
                }
                port = new BigInteger(portText).intValue();
            }
            return new UrlPattern(scheme, username, hostname.isEmpty() ? null : hostname.toLowerCase(Locale.ROOT),
                    port, path);
        }

        private static boolean isAsciiLetter(char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }

        private static int indexOfAny(String s, int from, String chars) {
            for (int i = from; i < s.length(); i++) {
                if (chars.indexOf(s.charAt(i)) >= 0) {
                    return i;
                }
            }
            return s.length();
        }
    }
}
