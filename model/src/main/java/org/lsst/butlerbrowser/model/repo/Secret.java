package org.lsst.butlerbrowser.model.repo;

import java.util.Arrays;
import java.util.Objects;

/**
 * A password held as characters so it can be wiped, and kept out of every string form.
 *
 * <p>Deliberately not a record: a record would print and compare its contents. Equality is
 * identity; the value is only available through {@link #reveal()} and {@link #revealAsString()},
 * whose names make each use easy to find.
 */
public final class Secret {
    private static final String MASK = "******";

    private final char[] value;
    private boolean cleared;

    private Secret(char[] value) {
        this.value = value;
    }

    /** Copies {@code chars}; the caller may clear its own array afterwards. */
    public static Secret of(char[] chars) {
        return new Secret(Objects.requireNonNull(chars, "chars").clone());
    }

    public static Secret of(String text) {
        return new Secret(Objects.requireNonNull(text, "text").toCharArray());
    }

    /** A copy of the password; the caller should clear it after use. */
    public synchronized char[] reveal() {
        checkNotCleared();
        return value.clone();
    }

    /** For APIs that only take strings (JDBC properties); prefer {@link #reveal()} elsewhere. */
    public synchronized String revealAsString() {
        checkNotCleared();
        return new String(value);
    }

    /** Overwrites the password; later reveals fail. */
    public synchronized void clear() {
        Arrays.fill(value, '\0');
        cleared = true;
    }

    public synchronized boolean isCleared() {
        return cleared;
    }

    private void checkNotCleared() {
        if (cleared) {
            throw new IllegalStateException("the password has been cleared");
        }
    }

    @Override
    public String toString() {
        return MASK;
    }
}
