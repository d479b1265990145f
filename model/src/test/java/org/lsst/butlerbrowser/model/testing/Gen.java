package org.lsst.butlerbrowser.model.testing;

import java.util.List;
import java.util.Random;

/**
 * A generator of test inputs: a pure function of the {@link Random} it is given, so that the seed
 * of a try ({@link Properties}) reproduces its input.
 *
 * @param <T> what it makes
 */
@FunctionalInterface
public interface Gen<T> {

    T next(Random r);

    /** One of the values, each as likely. */
    @SafeVarargs
    static <T> Gen<T> of(T... values) {
        List<T> list = List.of(values);
        return r -> list.get(r.nextInt(list.size()));
    }

    /** A value of one of the generators, each as likely. */
    @SafeVarargs
    static <T> Gen<T> oneOf(Gen<? extends T>... gens) {
        List<Gen<? extends T>> list = List.of(gens);
        return r -> list.get(r.nextInt(list.size())).next(r);
    }

    /** Any long, magnitudes spread evenly from 0 to 2⁶³ (uniform draws would almost never be small). */
    static Gen<Long> longs() {
        return r -> switch (r.nextInt(3)) {
            case 0 -> r.nextLong();
            case 1 -> r.nextLong() >> r.nextInt(64);
            default -> (long) r.nextInt(2001) - 1000;
        };
    }

    /** A long from min to max inclusive: uniform, and one time in ten an end of the range. */
    static Gen<Long> longs(long min, long max) {
        return r -> r.nextInt(10) == 0 ? (r.nextBoolean() ? min : max)
                : max == Long.MAX_VALUE ? r.nextLong(min, max) : r.nextLong(min, max + 1);
    }

    /** An int from min to max inclusive, uniform. */
    static Gen<Integer> ints(int min, int max) {
        return r -> r.nextInt(min, max + 1);
    }

    /** This generator's values, and null with the given probability. */
    default Gen<T> orNull(double probability) {
        return r -> r.nextDouble() < probability ? null : next(r);
    }
}
