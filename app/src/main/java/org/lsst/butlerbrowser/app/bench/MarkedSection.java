package org.lsst.butlerbrowser.app.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The generated part of a Markdown report: the text between two marker comments, rewritten by each
 * run, so that the analysis written around it stays.
 */
record MarkedSection(String begin, String end) {

    /** Replaces the section's text, creating the file or appending the section when missing. */
    void write(Path file, String body) throws IOException {
        String section = begin + "\n" + body + end;
        String text;
        if (Files.exists(file)) {
            String old = Files.readString(file);
            int from = old.indexOf(begin);
            int to = old.indexOf(end);
            text = from >= 0 && to > from
                    ? old.substring(0, from) + section + old.substring(to + end.length())
                    : old + (old.endsWith("\n") ? "\n" : "\n\n") + section + "\n";
        } else {
            text = "# Benchmarks\n\n" + section + "\n";
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, text);
    }
}
