package org.lsst.butlerbrowser.model.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The corpus of broken inputs kept in {@code src/test/resources/hostile/<parser>/}: one input per
 * file, named for what is wrong with it. CI checks every file against its parser's contract, and the
 * fuzzers mutate them. A fault the fuzzer finds goes in here as the file it saved.
 */
public final class Corpus {

    /** One corpus file. */
    public record Entry(String name, byte[] bytes) {
        /** The bytes as UTF-8 (malformed sequences become U+FFFD). */
        public String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private Corpus() {
    }

    /** Every file of the named corpus, sorted by name. */
    public static List<Entry> of(String parser) {
        URL url = Corpus.class.getResource("/hostile/" + parser);
        if (url == null) {
            throw new IllegalStateException("no corpus hostile/" + parser + " in the test resources");
        }
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            List<Entry> entries = files.filter(Files::isRegularFile).sorted()
                    .map(p -> new Entry(p.getFileName().toString(), read(p))).toList();
            if (entries.isEmpty()) {
                throw new IllegalStateException("the corpus hostile/" + parser + " is empty");
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One file of the named corpus. */
    public static Entry file(String parser, String name) {
        return of(parser).stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no hostile/" + parser + "/" + name));
    }

    /** The corpus files as text. */
    public static List<String> texts(String parser) {
        return of(parser).stream().map(Entry::text).toList();
    }

    /** The corpus files as bytes. */
    public static List<byte[]> bytes(String parser) {
        return of(parser).stream().map(Entry::bytes).toList();
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
