package org.lsst.butlerbrowser.model.repo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns what a user types as REPO into the registry database to open. It accepts what the
 * Butler command line accepts (labels, directories, config files) and also database files and URLs:
 * <ul>
 *   <li>a label from the repository index ({@link RepositoryIndex}); labels win over paths, as in daf_butler;</li>
 *   <li>a repository directory holding {@code butler.yaml} (or {@code butler.json});</li>
 *   <li>a {@code butler.yaml}/{@code .json} file;</li>
 *   <li>an SQLite database file (recognised by its header) or an {@code sqlite:///} URL;</li>
 *   <li>a {@code postgresql[+driver]://} URL, optionally with {@code ?namespace=schema}.</li>
 * </ul>
 * Every failure is a {@link RepoException} with a one-sentence message.
 */
public final class RepoResolver {

    static final String BUTLER_ROOT_TAG = "<butlerRoot>";
    private static final String DIRECT_BUTLER = "lsst.daf.butler.direct_butler.DirectButler";
    private static final int LABELS_SHOWN = 20;

    private final Environment env;
    private final PostgresRepoFactory postgres;

    public RepoResolver(Environment env) {
        this.env = Objects.requireNonNull(env, "env");
        this.postgres = new PostgresRepoFactory(env);
    }

    public static RepoResolver forSystemEnvironment() {
        return new RepoResolver(Environment.system());
    }

    public RepoLocation resolve(String repo) {
        return resolve(repo, null);
    }

    /**
     * @param namespace PostgreSQL schema of the registry, overriding {@code ?namespace=} and
     *                  {@code registry.namespace}; null to use those; must be null for SQLite
     */
    public RepoLocation resolve(String repo, String namespace) {
        if (repo == null || repo.isBlank()) {
            throw new RepoException("no repository given: name a repository directory, butler.yaml, SQLite file,"
                    + " repository label or postgresql:// URL");
        }
        String given = repo.strip();
        String ns = namespace == null || namespace.isBlank() ? null : namespace.strip();
        if (PostgresUrl.isPostgresUrl(given)) {
            return postgres.create(PostgresUrl.parse(given), PostgresRepoFactory.ExplicitKeys.NONE, ns, null, null);
        }
        if (SqliteFiles.isSqliteUrl(given)) {
            return sqliteFile(SqliteFiles.pathFromUrl(given, env, "the URL " + given), null, ns);
        }
        RepositoryIndex index = null;
        RepoException indexProblem = null;
        try {
            index = RepositoryIndex.fromEnvironment(env);
        } catch (RepoException e) {
            indexProblem = e; // reported only if the name is not a path either, as daf_butler does
        }
        Optional<String> labelled = index == null ? Optional.empty() : index.uriFor(given);
        if (labelled.isPresent()) {
            return resolveLabelTarget(given, labelled.get(), ns);
        }
        rejectRemoteUri(given, null); // after the label lookup: a label may contain ':'
        Path path = env.path(given);
        if (Files.exists(path)) {
            return resolvePath(path, null, ns);
        }
        throw notFound(given, path, index, indexProblem);
    }

    /**
     * A PostgreSQL registry named field by field (the Connect dialog). {@code typedPassword} wins
     * over db-auth; when it is null a matching db-auth entry supplies the password.
     *
     * @param username  may be null; {@code namespace} may be null for the default schema
     */
    public PostgresRepo resolvePostgres(String host, int port, String database, String username, String namespace,
                                        Secret typedPassword) {
        return postgres.fromFields(host, port, database, username, namespace, typedPassword);
    }

    private RepoLocation resolveLabelTarget(String label, String uri, String ns) {
        if (PostgresUrl.isPostgresUrl(uri)) {
            return postgres.create(PostgresUrl.parse(uri), PostgresRepoFactory.ExplicitKeys.NONE, ns, null, label);
        }
        rejectRemoteUri(uri, label);
        Path path = env.path(uri);
        if (!Files.exists(path)) {
            throw new RepoException(path + " (repository label '" + label + "') does not exist");
        }
        return resolvePath(path, label, ns);
    }

    private RepoLocation resolvePath(Path path, String label, String ns) {
        if (Files.isDirectory(path)) {
            for (String name : new String[] {"butler.yaml", "butler.json"}) {
                Path config = path.resolve(name);
                if (Files.isRegularFile(config)) {
                    return fromConfig(config, label, ns);
                }
            }
            throw notRepository(path);
        }
        if (!Files.isRegularFile(path)) {
            throw notRepository(path); // e.g. a FIFO, which reading the header would block on
        }
        if (SqliteFiles.isSqlite(path)) {
            return sqliteFile(path, label, ns);
        }
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json")) {
            return fromConfig(path, label, ns);
        }
        throw notRepository(path);
    }

    private RepoLocation fromConfig(Path configFile, String label, String ns) {
        ButlerConfig config = ButlerConfig.read(configFile, env);
        checkDirectButler(config);
        String db = config.registryValue("db");
        if (db == null || db.isBlank()) {
            throw new RepoException(configFile.getFileName() + " at " + configFile.getParent()
                    + " has no registry.db entry");
        }
        Path root = butlerRoot(config);
        if (db.contains(BUTLER_ROOT_TAG)) {
            if (root == null) {
                throw new RepoException("registry.db in " + configFile + " uses " + BUTLER_ROOT_TAG
                        + ", but the root " + config.root() + " is not a local directory");
            }
            db = db.replace(BUTLER_ROOT_TAG, root.toString());
        }
        String place = (root != null ? root : configFile.getParent()).toString();
        String origin = label != null ? label : place;
        String where = "registry.db in " + configFile;
        String dialect = dialectOf(db, where);
        if (dialect.equals("sqlite")) {
            checkNoNamespace(ns, configFile.toString());
            Path dbFile = SqliteFiles.pathFromUrl(db, env, where);
            if (!Files.exists(dbFile)) {
                throw new RepoException(dbFile + " named by " + where + " does not exist");
            }
            if (Files.isDirectory(dbFile) || !SqliteFiles.isSqlite(dbFile)) {
                throw new RepoException(dbFile + " named by " + where + " is not an SQLite database");
            }
            return new SqliteRepo(dbFile, root, label != null ? label + ": " + place : place);
        }
        if (dialect.equals("postgresql")) {
            return postgres.create(PostgresUrl.parse(db), explicitKeys(config), ns,
                    config.registryValue("namespace"), origin);
        }
        throw new RepoException(where + " uses the database dialect '" + dialect
                + "'; Butler Browser reads SQLite and PostgreSQL registries");
    }

    private static void checkDirectButler(ButlerConfig config) {
        String cls = config.butlerClass();
        if (cls == null || cls.equals(DIRECT_BUTLER)) {
            return;
        }
        if (cls.endsWith("RemoteButler")) {
            throw new RepoException(config.file() + " describes a remote (client/server) Butler;"
                    + " Butler Browser needs direct database access to the registry");
        }
        throw new RepoException(config.file() + " asks for the unknown Butler class " + cls);
    }

    /** daf_butler: the config's {@code root} if present, else the directory holding the config. */
    private Path butlerRoot(ButlerConfig config) {
        String root = config.root();
        if (root == null) {
            return config.file().getParent();
        }
        return hasNonFileScheme(root) ? null : env.path(root);
    }

    private PostgresRepoFactory.ExplicitKeys explicitKeys(ButlerConfig config) {
        String password = config.registryValue("password");
        String port = config.registryValue("port");
        Integer portNumber = null;
        if (port != null) {
            if (!port.matches("[0-9]{1,5}") || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535) {
                throw new RepoException("registry.port in " + config.file() + " is not a port number");
            }
            portNumber = Integer.parseInt(port);
        }
        return new PostgresRepoFactory.ExplicitKeys(config.registryValue("username"),
                password == null ? null : Secret.of(password), config.registryValue("host"), portNumber,
                config.registryValue("database"));
    }

    private static String dialectOf(String db, String where) {
        int sep = db.indexOf("://");
        if (sep <= 0) {
            // Not quoted: text that is not a URL cannot be redacted reliably.
            throw new RepoException(where + " is not a database URL such as sqlite:///path or postgresql://host/db");
        }
        return db.substring(0, sep).split("\\+", 2)[0].toLowerCase(Locale.ROOT);
    }

    private static SqliteRepo sqliteFile(Path file, String label, String ns) {
        checkNoNamespace(ns, file.toString());
        if (!Files.isRegularFile(file)) {
            throw new RepoException(file + " does not exist");
        }
        if (!SqliteFiles.isSqlite(file)) {
            throw new RepoException(file + " is not an SQLite database");
        }
        return new SqliteRepo(file, null, label == null ? file.toString() : label + ": " + file);
    }

    private static void checkNoNamespace(String ns, String what) {
        if (ns != null) {
            throw new RepoException("a namespace applies only to PostgreSQL registries, but " + what
                    + " is an SQLite registry");
        }
    }

    private static void rejectRemoteUri(String text, String label) {
        if (hasNonFileScheme(text)) {
            String scheme = text.substring(0, text.indexOf(':'));
            String what = label == null ? "cannot open " + PostgresUrl.redact(text)
                    : "repository label '" + label + "' stands for " + PostgresUrl.redact(text)
                    + ", which Butler Browser cannot open";
            throw new RepoException(what + ": Butler Browser needs a local repository, butler.yaml or SQLite file,"
                    + " or a postgresql:// URL, not an " + scheme + ": URI");
        }
    }

    /** A URI scheme other than file: (a one-letter "scheme" is a Windows drive). */
    private static boolean hasNonFileScheme(String text) {
        return text.matches("(?s)^[A-Za-z][A-Za-z0-9+.-]+:.*") && !text.regionMatches(true, 0, "file:", 0, 5);
    }

    private static RepoException notRepository(Path path) {
        return new RepoException("not a Butler repository: " + path + " is neither a directory with butler.yaml,"
                + " a butler.yaml, an SQLite database nor a known repository label");
    }

    private static RepoException notFound(String given, Path path, RepositoryIndex index, RepoException indexProblem) {
        if (indexProblem != null) {
            return new RepoException(path + " does not exist, and '" + given
                    + "' cannot be looked up as a repository label because " + indexProblem.getMessage());
        }
        if (index.isConfigured()) {
            return new RepoException("unknown repository label '" + given + "' (" + describeLabels(index.labels())
                    + ") and no file or directory " + path + " exists");
        }
        return new RepoException(path + " does not exist (and '" + given + "' is not a repository label, since"
                + " neither " + RepositoryIndex.INDEX_VARIABLE + " nor " + RepositoryIndex.INLINE_VARIABLE
                + " is set)");
    }

    private static String describeLabels(Set<String> labels) {
        if (labels.isEmpty()) {
            return "the repository index is empty";
        }
        String shown = labels.stream().limit(LABELS_SHOWN).collect(Collectors.joining(", "));
        return "known labels: " + shown + (labels.size() > LABELS_SHOWN ? ", …" : "");
    }
}
