package org.lsst.butlerbrowser.model.testing;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What every parser of untrusted input promises, checked for one input at a time: it either returns
 * a value that passes the parser's invariants, or throws one of its declared exception types with a
 * short message that names the problem. Anything else is a fault: an unchecked exception the API does
 * not declare (NullPointerException, IndexOutOfBounds, NumberFormat, a bare IllegalArgumentException
 * where the parser has its own type...), an Error (StackOverflowError, OutOfMemoryError), an input
 * that runs for longer than {@link #HANG_NANOS} or allocates more than the parser's budget.
 *
 * <p>Every check is counted per parser ({@link FuzzStats}), and a failing input is saved under
 * {@code target/fuzz-failures/<parser>/} so that it can be added to the corpus as it is.
 *
 * @param <T> what the parser returns
 */
public final class ParserContract<T> {

    /** A message longer than this echoes the input instead of naming the problem. */
    public static final int MAX_MESSAGE_LENGTH = 1_000;
    /** Far beyond any honest parse of the inputs tried: only a hang or a quadratic blow-up takes this long. */
    static final long HANG_NANOS = 20_000_000_000L;
    private static final long SLOW_NANOS = 2_000_000_000L;

    /** The parse of one input; may throw anything, which is what is being checked. */
    @FunctionalInterface
    public interface Parse<T> {
        T parse() throws Exception;
    }

    /** How one input ended: the value, or the declared exception (exactly one is non-null). */
    public record Outcome<T>(T value, Exception refusal) {
        public boolean accepted() {
            return refusal == null;
        }
    }

    private final String parser;
    private final List<Class<? extends Exception>> declared;
    private final Consumer<? super T> invariants;
    private final long allocationBase;
    private final long allocationPerInputByte;
    private final Function<Exception, String> shownAs;

    private ParserContract(String parser, List<Class<? extends Exception>> declared, Consumer<? super T> invariants,
                           long allocationBase, long allocationPerInputByte, Function<Exception, String> shownAs) {
        this.parser = parser;
        this.declared = List.copyOf(declared);
        this.invariants = invariants;
        this.allocationBase = allocationBase;
        this.allocationPerInputByte = allocationPerInputByte;
        this.shownAs = shownAs;
    }

    /**
     * @param parser     a name for reports ("sphgeom region decoder")
     * @param invariants what every accepted value must satisfy (throws AssertionError otherwise)
     * @param declared   the exception types the parser's API promises for bad input
     */
    @SafeVarargs
    public static <T> ParserContract<T> of(String parser, Consumer<? super T> invariants,
                                           Class<? extends Exception>... declared) {
        return new ParserContract<>(parser, List.of(declared), invariants, 32L << 20, 64, Exception::getMessage);
    }

    /**
     * The most one input may allocate: {@code base} bytes plus {@code perInputByte} for each byte
     * (UTF-16 char) of the input. Declared sizes in the input must never turn into allocations.
     */
    public ParserContract<T> allocating(long base, long perInputByte) {
        return new ParserContract<>(parser, declared, invariants, base, perInputByte, shownAs);
    }

    /**
     * For parsers whose caller words the message (e.g. wraps an XML parser's text into a one-line
     * TapException): the message checked is the one the caller would show.
     */
    public ParserContract<T> shownAs(Function<Exception, String> message) {
        return new ParserContract<>(parser, declared, invariants, allocationBase, allocationPerInputByte, message);
    }

    /** Parses one input and fails (AssertionError) unless the contract holds. */
    public Outcome<T> check(Object input, Parse<T> parse) {
        long allocatedBefore = Allocation.ofCurrentThread();
        long start = System.nanoTime();
        T value = null;
        Throwable thrown = null;
        try {
            value = parse.parse();
        } catch (Throwable t) {
            thrown = t;
        }
        long nanos = System.nanoTime() - start;
        long allocated = Allocation.ofCurrentThread() - allocatedBefore;
        FuzzStats.record(parser, thrown == null, nanos, allocated);

        if (thrown != null && !isDeclared(thrown)) {
            throw fault(input, "let " + thrown.getClass().getName() + " escape", thrown);
        }
        long size = Hostile.size(input);
        long budget = allocationBase + allocationPerInputByte * size;
        if (allocated > budget) {
            throw fault(input, "allocated " + (allocated >> 20) + " MB for a " + size + "-unit input (budget "
                    + (budget >> 20) + " MB)", null);
        }
        if (nanos > SLOW_NANOS) {
            save(input, "fuzz-slow"); // not a fault yet, but worth a look
        }
        if (nanos > HANG_NANOS) {
            throw fault(input, "took " + nanos / 1_000_000 + " ms (a hang or a quadratic blow-up)", null);
        }
        if (thrown != null) {
            checkMessage(input, thrown);
            return new Outcome<>(null, (Exception) thrown);
        }
        try {
            invariants.accept(value);
        } catch (AssertionError | RuntimeException e) {
            throw fault(input, "returned a value that breaks its invariants: " + Hostile.preview(value), e);
        }
        return new Outcome<>(value, null);
    }

    /** Checks the contract and that the input was refused. */
    public Exception refuses(Object input, Parse<T> parse) {
        Outcome<T> outcome = check(input, parse);
        if (outcome.accepted()) {
            throw fault(input, "accepted it as " + Hostile.preview(outcome.value()) + " instead of refusing it", null);
        }
        return outcome.refusal();
    }

    /** Checks the contract and that the input was accepted. */
    public T accepts(Object input, Parse<T> parse) {
        Outcome<T> outcome = check(input, parse);
        if (!outcome.accepted()) {
            throw fault(input, "refused it: " + outcome.refusal().getMessage(), outcome.refusal());
        }
        return outcome.value();
    }

    /** Checks every corpus file, reporting all that break the contract at once. */
    public void checkCorpus(List<Corpus.Entry> corpus, java.util.function.Function<Corpus.Entry, Parse<T>> parse) {
        List<String> failures = new java.util.ArrayList<>();
        for (Corpus.Entry entry : corpus) {
            try {
                check(entry.bytes(), parse.apply(entry));
            } catch (AssertionError e) {
                failures.add(entry.name() + ": " + e.getMessage());
            }
        }
        if (!failures.isEmpty()) {
            throw new AssertionError(failures.size() + " of " + corpus.size() + " corpus inputs break the contract of the "
                    + parser + ":\n" + String.join("\n", failures));
        }
    }

    private boolean isDeclared(Throwable t) {
        return declared.stream().anyMatch(c -> c.isInstance(t));
    }

    private void checkMessage(Object input, Throwable e) {
        String m = shownAs.apply((Exception) e);
        if (m == null || m.isBlank()) {
            throw fault(input, "threw " + e.getClass().getSimpleName() + " without a message", e);
        }
        if (m.length() > MAX_MESSAGE_LENGTH) {
            throw fault(input, "threw a " + m.length() + "-character message (echoing the input?): "
                    + Hostile.preview(m), e);
        }
        if (m.indexOf('\n') >= 0 || m.indexOf('\r') >= 0) {
            throw fault(input, "threw a message of several lines: " + Hostile.preview(m), e);
        }
    }

    private AssertionError fault(Object input, String what, Throwable cause) {
        String saved = save(input, "fuzz-failures");
        StringBuilder sb = new StringBuilder(parser).append(' ').append(what)
                .append("\n  input (").append(Hostile.size(input)).append(" units, saved as ").append(saved).append("): ")
                .append(Hostile.preview(input));
        if (cause != null && !(cause instanceof AssertionError)) {
            sb.append("\n  ").append(cause).append("\n").append(topFrames(cause));
        }
        AssertionError error = new AssertionError(sb.toString());
        if (cause != null && !(cause instanceof StackOverflowError)) {
            error.initCause(cause);
        }
        return error;
    }

    private static String topFrames(Throwable t) {
        StringWriter w = new StringWriter();
        StackTraceElement[] frames = t.getStackTrace();
        try (PrintWriter p = new PrintWriter(w)) {
            for (int i = 0; i < Math.min(12, frames.length); i++) {
                p.println("    at " + frames[i]);
            }
        }
        return w.toString();
    }

    /** Writes the input where it can be looked at or copied into the corpus; returns the file name. */
    private String save(Object input, String folder) {
        try {
            // Bytes and text as they were (a lone surrogate becomes '?'), anything else as printed.
            byte[] bytes = input instanceof byte[] b ? b : input instanceof String text
                    ? text.getBytes(StandardCharsets.UTF_8) : Hostile.preview(input, Integer.MAX_VALUE).getBytes(StandardCharsets.UTF_8);
            String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 6);
            Path dir = Path.of("target", folder, parser.replaceAll("[^A-Za-z0-9.-]+", "-"));
            Files.createDirectories(dir);
            Path file = dir.resolve(hash + (input instanceof byte[] ? ".bin" : ".txt"));
            Files.write(file, bytes);
            return file.toString();
        } catch (IOException | NoSuchAlgorithmException | RuntimeException e) {
            return "(not saved: " + e + ")";
        }
    }

    /** Bytes allocated by the current thread, from HotSpot's per-thread counter. */
    static final class Allocation {
        private static final com.sun.management.ThreadMXBean THREADS =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

        private Allocation() {
        }

        static long ofCurrentThread() {
            return THREADS.getCurrentThreadAllocatedBytes();
        }
    }
}
