package org.lsst.butlerbrowser.model.repo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A butler.yaml (or butler.json) with its {@code includeConfigs} merged in, reduced to the keys
 * that locate the registry. No packaged defaults are applied: a repository written by
 * {@code butler create} always spells out {@code registry.db}.
 */
final class ButlerConfig {

    static final String INCLUDE_KEY = "includeConfigs";
    private static final Pattern VARIABLE = Pattern.compile("\\$(?:\\{([A-Za-z_][A-Za-z0-9_]*)}|([A-Za-z_][A-Za-z0-9_]*))");

    private final Path file;
    private final Map<Object, Object> content;

    private ButlerConfig(Path file, Map<Object, Object> content) {
        this.file = file;
        this.content = content;
    }

    static ButlerConfig read(Path file, Environment env) {
        return new ButlerConfig(file, readMap(file, new ConfigLoader(), env));
    }

    Path file() {
        return file;
    }

    /** Top-level {@code cls}: which Butler implementation the config asks for, or null. */
    String butlerClass() {
        return scalar(content, "cls", "cls");
    }

    /** Top-level {@code root}: the repository root when it is not the config's directory, or null. */
    String root() {
        return scalar(content, "root", "root");
    }

    /** A value of the {@code registry} section as text, or null when absent. */
    String registryValue(String key) {
        Object registry = content.get("registry");
        if (registry == null) {
            return null;
        }
        if (!(registry instanceof Map<?, ?> map)) {
            throw new RepoException("the registry entry in " + file + " is not a section of keys");
        }
        return scalar(map, key, "registry." + key);
    }

    private String scalar(Map<?, ?> map, Object key, String name) {
        Object value = map.get(key);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        throw new RepoException(name + " in " + file + " must be a single value, not a list or section");
    }

    private static Map<Object, Object> readMap(Path file, ConfigLoader loader, Environment env) {
        Object parsed = loader.readFile(file, ConfigLoader.Detail.FULL);
        if (parsed == null) {
            return new LinkedHashMap<>();
        }
        if (!(parsed instanceof Map<?, ?> map)) {
            throw new RepoException(file + " is not a mapping of configuration keys");
        }
        return loader.whileIncluding(file, () -> expandIncludes(new LinkedHashMap<>(map), file, loader, env));
    }

    /**
     * daf_butler's {@code includeConfigs}: at any level, the named files are merged in order and
     * the keys written next to the directive override them.
     */
    private static Map<Object, Object> expandIncludes(Map<Object, Object> node, Path file, ConfigLoader loader,
                                                      Environment env) {
        node.replaceAll((k, v) -> v instanceof Map<?, ?> child
                ? expandIncludes(new LinkedHashMap<>(child), file, loader, env) : v);
        if (!node.containsKey(INCLUDE_KEY)) {
            return node;
        }
        Object includes = node.remove(INCLUDE_KEY);
        Map<Object, Object> merged = new LinkedHashMap<>();
        for (String name : includeNames(includes, file)) {
            update(merged, readMap(locateInclude(name, file, env), loader, env));
        }
        update(merged, node);
        return merged;
    }

    private static List<String> includeNames(Object includes, Path file) {
        List<?> items = includes instanceof List<?> list ? list : List.of(includes == null ? "" : includes);
        List<String> names = new ArrayList<>();
        for (Object item : items) {
            if (!(item instanceof String name) || name.isBlank()) {
                throw new RepoException(INCLUDE_KEY + " in " + file + " must name a file or a list of files");
            }
            names.add(name);
        }
        return names;
    }

    /** Like daf_butler: expand $VARS, then look relative to the working directory, then the config's directory. */
    private static Path locateInclude(String name, Path file, Environment env) {
        String expanded = expandVariables(name, env);
        if (expanded.matches("^[A-Za-z][A-Za-z0-9+.-]+:.*") && !expanded.regionMatches(true, 0, "file:", 0, 5)) {
            throw new RepoException(INCLUDE_KEY + " entry " + expanded + " in " + file
                    + " is not supported: only local files can be included");
        }
        Path direct = env.path(expanded);
        if (Path.of(expanded).isAbsolute() || expanded.regionMatches(true, 0, "file:", 0, 5)) {
            return direct;
        }
        for (Path dir : List.of(env.workingDirectory(), file.getParent())) {
            Path candidate = dir.resolve(expanded).normalize();
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        throw new RepoException("the file " + expanded + " named by " + INCLUDE_KEY + " in " + file
                + " was not found next to it or in the working directory");
    }

    /** Like os.path.expandvars: unknown variables are left as written. */
    private static String expandVariables(String text, Environment env) {
        Matcher m = VARIABLE.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2);
            m.appendReplacement(sb, Matcher.quoteReplacement(env.variable(name).orElse(m.group())));
        }
        return m.appendTail(sb).toString();
    }

    /** daf_butler's Config.update: nested sections merge key by key, anything else replaces. */
    @SuppressWarnings("unchecked")
    private static void update(Map<Object, Object> target, Map<?, ?> source) {
        source.forEach((k, v) -> {
            if (v instanceof Map<?, ?> section) {
                Map<Object, Object> lhs = target.get(k) instanceof Map<?, ?> existing
                        ? (Map<Object, Object>) existing : new LinkedHashMap<>();
                update(lhs, section);
                target.put(k, lhs);
            } else {
                target.put(k, v);
            }
        });
    }
}
