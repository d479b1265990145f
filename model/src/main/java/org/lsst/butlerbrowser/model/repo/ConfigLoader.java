package org.lsst.butlerbrowser.model.repo;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.ConstructNode;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionEndEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads YAML and JSON configuration defensively: repository configs, indexes and credential
 * files may come from anyone, so sizes, aliases (billion-laughs bombs), nesting and the number of
 * included files are bounded, and only plain maps, lists and scalars are ever built.
 *
 * <p>One instance serves one top-level read, so that its include budget and cycle check cover
 * everything that read pulls in. Files named {@code *.json} go to Jackson because JSON written
 * with tab indentation is not valid YAML; everything else is YAML.
 */
final class ConfigLoader {

    /** How much of a parser's complaint a message may quote. */
    enum Detail {
        /** Problem text and position. */
        FULL,
        /** Position only: the problem text of some parsers quotes input, which may be a password. */
        POSITION_ONLY
    }

    // daf_butler's largest configuration files are tens of kB; the YAML parser allocates several hundred
    // bytes per character of dense input, so this bounds what a hostile file can cost.
    static final int MAX_CODE_POINTS = 256 * 1024;
    // Low enough that even a well-shaped alias tree stays small when later code walks it as a tree.
    static final int MAX_ALIASES = 20;
    static final int MAX_FILES = 32;
    static final int MAX_NESTING = 100;
    private static final Tag INCLUDE = new Tag("!include");

    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING)
                    .maxDocumentLength(MAX_CODE_POINTS)
                    .build())
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final Deque<Path> including = new ArrayDeque<>();
    private int filesRead;

    /** Reads one file; YAML files may use {@code !include other.yaml} relative to themselves. */
    Object readFile(Path file, Detail detail) {
        Path f = file.toAbsolutePath().normalize();
        if (including.contains(f)) {
            throw new RepoException(f + " includes itself (directly or through other included files)");
        }
        if (++filesRead > MAX_FILES) {
            throw new RepoException("the repository configuration pulls in more than " + MAX_FILES
                    + " files (stopped at " + f + ")");
        }
        String text = readText(f);
        including.push(f);
        try {
            return isJson(f)
                    ? parseJson(text, f.toString(), detail)
                    : parseYaml(text, f.toString(), detail, Map.of(INCLUDE, includeConstructor(f, detail)));
        } finally {
            including.pop();
        }
    }

    /**
     * Runs {@code expand} (the merging of a file's {@code includeConfigs}) with the file counted as
     * being included, so that a file that includes itself, directly or through others, is refused
     * instead of recursing until the stack overflows.
     */
    <T> T whileIncluding(Path file, java.util.function.Supplier<T> expand) {
        including.push(file.toAbsolutePath().normalize());
        try {
            return expand.get();
        } finally {
            including.pop();
        }
    }

    /** Parses YAML text that did not come from a file (so {@code !include} is not allowed). */
    static Object parseYaml(String text, String source, Detail detail) {
        return parseYaml(text, source, detail, Map.of());
    }

    static Object parseJson(String text, String source, Detail detail) {
        try {
            return JSON.readValue(stripBom(text), Object.class);
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            String where = loc == null ? "" : " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")";
            // Jackson quotes offending tokens; mask them in case one is a password.
            String problem = detail == Detail.FULL
                    ? ": " + firstLine(e.getOriginalMessage()).replaceAll("'[^']{2,}'", "'…'")
                    : "";
            throw new RepoException("could not parse " + source + " as JSON" + problem + where);
        }
    }

    static boolean isJson(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    private static Object parseYaml(String text, String source, Detail detail, Map<Tag, ConstructNode> tags) {
        String yaml = stripBom(text);
        LoadSettings settings = LoadSettings.builder()
                .setLabel(source)
                .setSchema(new CoreSchema())
                .setMaxAliasesForCollections(MAX_ALIASES)
                .setAllowRecursiveKeys(false)
                .setAllowDuplicateKeys(false)
                .setCodePointLimit(MAX_CODE_POINTS)
                // The whole text in one window: snakeyaml-engine 2.9 copies its window on every refill
                // (quadratic in a long scalar) and fails with IndexOutOfBounds when an emoji's surrogate
                // pair straddles a refill.
                .setBufferSize(yaml.length() + 1)
                .setTagConstructors(tags)
                .build();
        try {
            checkShape(yaml, settings, source);
            return new Load(settings).loadFromString(yaml);
        } catch (MarkedYamlEngineException e) {
            String problem = detail == Detail.FULL ? ": " + firstLine(e.getProblem()) : "";
            throw new RepoException("could not parse " + source + problem + position(e.getProblemMark()));
        } catch (YamlEngineException e) {
            // Unmarked errors are the limits (aliases, size); their text never quotes the input.
            throw new RepoException("could not parse " + source + ": " + firstLine(e.getMessage()));
        } catch (NumberFormatException e) {
            // snakeyaml-engine 2.9 reads the hex digits of an escape at the very end of the text
            // (a backslash, "u", then nothing) with Integer.parseInt("") instead of reporting the end of the stream.
            throw new RepoException("could not parse " + source + ": an escape sequence is cut off by the end of the text");
        } catch (IllegalArgumentException e) {
            // Other input snakeyaml-engine 2.9 fails to report as a YAML error, such as a tag that
            // decodes to a NUL (!e%00), which its Tag constructor rejects.
            String problem = detail == Detail.FULL ? ": " + firstLine(e.getMessage()) : ": malformed YAML";
            throw new RepoException("could not parse " + source + problem);
        }
    }

    /**
     * Reads the YAML as events (the parser keeps an explicit stack, so this cannot overflow) before
     * anything builds a tree: sections nested deeper than {@link #MAX_NESTING} would overflow the
     * recursive composer, and an alias inside the section it names would make a tree that contains
     * itself, which every later walk of the configuration would follow for ever.
     */
    private static void checkShape(String yaml, LoadSettings settings, String source) {
        Deque<Optional<Anchor>> open = new ArrayDeque<>();
        for (Event event : new Parse(settings).parseString(yaml)) {
            if (event instanceof CollectionStartEvent start) {
                if (open.size() >= MAX_NESTING) {
                    throw new RepoException("could not parse " + source + ": sections are nested more than "
                            + MAX_NESTING + " levels deep" + position(event.getStartMark()));
                }
                open.push(start.getAnchor());
            } else if (event instanceof CollectionEndEvent) {
                open.pop();
            } else if (event instanceof AliasEvent alias && open.contains(Optional.of(alias.getAlias()))) {
                throw new RepoException("could not parse " + source + ": the alias *" + alias.getAlias()
                        + " refers to a section that contains it" + position(event.getStartMark()));
            }
        }
    }

    private ConstructNode includeConstructor(Path file, Detail detail) {
        return node -> {
            if (node instanceof ScalarNode scalar) {
                return readFile(includedPath(file, scalar.getValue()), detail);
            }
            if (node instanceof SequenceNode sequence) {
                List<Object> result = new ArrayList<>();
                for (Node item : sequence.getValue()) {
                    if (!(item instanceof ScalarNode scalar)) {
                        throw new RepoException("!include in " + file + " lists something other than a file name"
                                + position(item.getStartMark()));
                    }
                    result.add(readFile(includedPath(file, scalar.getValue()), detail));
                }
                return result;
            }
            throw new RepoException("!include in " + file + " must name a file or a list of files"
                    + position(node.getStartMark()));
        };
    }

    /** daf_butler resolves {@code !include} names against the directory of the including file. */
    private static Path includedPath(Path includingFile, String name) {
        if (name.regionMatches(true, 0, "file:", 0, 5)) {
            try {
                return Environment.fromFileUri(name);
            } catch (IllegalArgumentException e) {
                throw new RepoException("!include of " + name + " in " + includingFile + " is not a usable file: URI");
            }
        }
        if (name.matches("^[A-Za-z][A-Za-z0-9+.-]+://.*")) {
            throw new RepoException("!include of " + name + " in " + includingFile
                    + " is not supported: only local files can be included");
        }
        return includingFile.resolveSibling(name).normalize();
    }

    static String readText(Path file) {
        try {
            long size = Files.size(file);
            if (size > 4L * MAX_CODE_POINTS) {
                throw new RepoException(file + " is too large to be a configuration file (" + size + " bytes)");
            }
            return Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new RepoException(file + " does not exist");
        } catch (MalformedInputException e) {
            throw new RepoException(file + " is not UTF-8 text");
        } catch (IOException e) {
            throw new RepoException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static String position(Optional<Mark> mark) {
        return mark.map(m -> " (line " + (m.getLine() + 1) + ", column " + (m.getColumn() + 1) + ")").orElse("");
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "unknown problem";
        }
        String t = text.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl).strip();
    }
}
