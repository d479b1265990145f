package org.lsst.butlerbrowser.model.testing;

import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

/**
 * Runs a property of the parsers against many generated inputs: random generation, no coverage
 * guidance and no shrinking. Each try has its own seed, so a failure names the one input that broke
 * the property and the command that generates it again, as the first try:
 * {@code -Dfuzz.seed=<seed of the failing try> -Dtest=<class>#<method>}.
 *
 * <p>System properties: {@code fuzz.tries} (every property's number of tries, instead of its own
 * default: 100 in a normal build, 200 for the oracles), {@code fuzz.seed} (the seed of the first try;
 * random by default).
 */
public final class Properties {

    /** Tries of a property unless {@code fuzz.tries} says otherwise. */
    public static final long DEFAULT_TRIES = 100;
    /** Steps from one try's seed to the next (SplitMix64's increment). */
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private Properties() {
    }

    /** Checks the property on {@value #DEFAULT_TRIES} inputs of the generator, or {@code fuzz.tries}. */
    public static <T> void forAll(Gen<T> gen, Consumer<? super T> property) {
        forAll(DEFAULT_TRIES, gen, property);
    }

    /** Checks the property on {@code tries} inputs of the generator, or {@code fuzz.tries}. */
    public static <T> void forAll(long tries, Gen<T> gen, Consumer<? super T> property) {
        StackWalker.StackFrame test = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
                .walk(frames -> frames.filter(f -> f.getDeclaringClass() != Properties.class).findFirst()).orElseThrow();
        String name = test.getDeclaringClass().getSimpleName() + "#" + test.getMethodName();
        Long seed = longProperty("fuzz.seed");
        Long override = longProperty("fuzz.tries");
        run(name, override != null ? override : tries, seed != null ? seed : ThreadLocalRandom.current().nextLong(),
                gen, property);
    }

    /** The runner itself: tries from {@code firstSeed} on, stopping at the first failure. */
    static <T> void run(String name, long tries, long firstSeed, Gen<T> gen, Consumer<? super T> property) {
        long start = System.nanoTime();
        long seed = firstSeed;
        for (long i = 0; i < tries; i++, seed += GOLDEN_GAMMA) {
            Object input = "(not generated)";
            try {
                T value = gen.next(new Random(mix(seed)));
                input = value;
                property.accept(value);
            } catch (Throwable t) {
                FuzzStats.property(name, i + 1, System.nanoTime() - start);
                throw failure(name, i, tries, seed, input, t);
            }
        }
        FuzzStats.property(name, tries, System.nanoTime() - start);
    }

    private static AssertionError failure(String name, long index, long tries, long seed, Object input, Throwable t) {
        String huge = System.getProperty("butler.fuzz.huge");
        String message = name + " failed on try " + (index + 1) + " of " + tries + " (seed " + seed + ")"
                + "\n  input (" + Hostile.size(input) + " units): " + Hostile.preview(input, 200)
                + "\n  " + firstLine(t)
                + "\n  again: mvn -o -q -pl model test-compile surefire:test@hostile-input -Dtest='" + name
                + "' -Dfuzz.seed=" + seed + " -Dfuzz.tries=1" + (huge == null ? "" : " -Dbutler.fuzz.huge=" + huge);
        return new AssertionError(message, t);
    }

    private static String firstLine(Throwable t) {
        String text = t.getMessage() == null ? t.getClass().getName() : t.getMessage();
        int end = text.indexOf('\n');
        return Hostile.preview(end < 0 ? text : text.substring(0, end), 300);
    }

    /** Stafford's variant 13 of the MurmurHash3 finaliser: seeds a step apart give unrelated streams. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static Long longProperty(String key) {
        String value = System.getProperty(key);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("-D" + key + "=" + value + " is not a whole number", e);
        }
    }
}
