package org.lsst.butlerbrowser.model.tap;

import java.io.InputStream;
import java.time.Duration;
import java.util.Optional;

/**
 * What {@link TapResultReader} reads a table from: a TAP service's response while it streams in,
 * or a VOTable file saved earlier ({@link TapResult#read(java.nio.file.Path)}).
 */
interface ResultSource extends AutoCloseable {

    /** The body; read it once. */
    InputStream body();

    /** Bytes read from the body so far. */
    long bytesRead();

    /** The Content-Type without parameters, lower case; empty when unknown. */
    String mediaType();

    /** The whole Content-Type, when there is one. */
    Optional<String> contentType();

    /** Whose table this is, for messages: "the TAP service at http://…" or "the file …". */
    String describe();

    /** Text from the source with any token it might echo masked. */
    String redact(String text);

    /** How long the source went quiet before reading gave up, when that is why it stopped; else empty. */
    Optional<Duration> stalledFor();

    @Override
    void close();
}
