package org.lsst.butlerbrowser.model.testing;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The shared generators of hostile input for every parser's property tests: mutations of valid
 * seeds (bit flips, interesting numbers over 4- and 8-byte fields, cut, spliced and repeated
 * ranges, dictionary tokens swapped in), token soup, hostile Unicode, injection text, nesting tens of
 * thousands deep and the occasional huge input. Each parser supplies only its seeds and the words
 * of its format.
 */
public final class Hostile {

    /** Text any parser should survive: Unicode oddities, injection attempts, control characters. */
    public static final List<String> NASTY = List.of(
            "\u0000", "\uFEFF", "\uFFFD", "\uFFFF", "\uD800", "\uDC00", "\uD83D\uDE00", "\u202E", "\u0661", "\u0663",
            "\uFF11", "\u00A0", "\u2028", "\u0130", "\u0131", "\u00DF", "\u212A", "e\u0301", "\t", "\r\n", "\\",
            "'; DROP TABLE dataset; --", "' OR '1'='1", "\" OR 1=1 --", "); DELETE FROM collection; --", "/*", "*/",
            "%", "_", "UNION SELECT *", "${jndi:ldap://127.0.0.1/x}", "../../../../etc/passwd", "%00", "%s%n",
            "NaN", "-NaN", "Infinity", "-Infinity", "inf", "1e309", "-1e309", "4.9e-324", "-0", "-0.0", "0x1p3",
            "9223372036854775807", "9223372036854775808", "-9223372036854775809", "2147483648", "18446744073709551615",
            "1_000", "1d", "1f", "+", "-", ".", "..", "e", "E5", "١٢٣");

    private static final double[] DOUBLES = {0.0, -0.0, 1.0, -1.0, Double.NaN, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY, Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE, Double.MIN_NORMAL, 1e308,
        1e-300, Math.PI, Math.PI / 2, Math.PI / 2 + 1e-9, 2 * Math.PI, 4.0, 90.0, 90.0000001, 180.0, 360.0, -90.5,
        0.5, 1.0000001, Math.sqrt(0.5)};
    private static final long[] LONGS = {0, 1, -1, 2, 3, 8, 24, 41, 97, 255, 256, 65535, 65536, Integer.MAX_VALUE,
        Integer.MAX_VALUE + 1L, 1L << 32, 1L << 62, Long.MAX_VALUE, Long.MIN_VALUE, -2, 1L << 31, 1L << 40};
    private static final int[] INTS = {0, 1, -1, 2, 0x7f, 0x80, 0xff, 0x7fff, 0xffff, 65536, 1 << 20, 1 << 24,
        1 << 30, Integer.MAX_VALUE, Integer.MIN_VALUE, -2, 1000, 1_000_000, 2_000_000_000};
    private static final Map<Character, Character> PARTNERS = Map.of('(', ')', '[', ']', '{', '}', '<', '>');
    /**
     * Whether to draw the huge inputs too (nesting 10,000 and 100,000 deep, megabyte texts, chunks
     * repeated 10,000 times). The long run (scripts/fuzz.sh) turns them off to try a million inputs
     * per parser in reasonable time; the corpus and every CI pass still try them.
     */
    private static final boolean HUGE = Boolean.parseBoolean(System.getProperty("butler.fuzz.huge", "true"));
    /** Without the huge inputs, seeds larger than this (the corpus's big files) are not mutated either. */
    private static final int MAX_SEED = 16 * 1024;

    private Hostile() {
    }

    /** Hostile text built from a format's valid seeds and its words (keywords, punctuation, numbers). */
    public static Gen<String> text(Collection<String> seeds, Collection<String> words) {
        List<String> s = seeds.stream().filter(seed -> HUGE || seed.length() <= MAX_SEED).toList();
        List<String> w = new ArrayList<>(words);
        w.addAll(NASTY);
        return r -> text(r, s, w);
    }

    /** Hostile bytes built from a format's valid seeds and its words. */
    public static Gen<byte[]> bytes(Collection<byte[]> seeds, Collection<String> words) {
        List<byte[]> s = seeds.stream().filter(seed -> HUGE || seed.length <= MAX_SEED).toList();
        List<byte[]> w = new ArrayList<>();
        for (String word : words) {
            w.add(word.getBytes(StandardCharsets.UTF_8));
        }
        for (String word : NASTY) {
            w.add(word.getBytes(StandardCharsets.UTF_8));
        }
        return r -> bytes(r, s, w);
    }

    /**
     * Arrays of doubles that break geometry (NaN, infinities, signed zeros, poles and a hair beyond,
     * huge and tiny), mostly short, sometimes of thousands.
     */
    public static Gen<double[]> doubleArrays() {
        return r -> {
            int n = r.nextInt(20) == 0 ? r.nextInt(5000) : r.nextInt(12);
            double[] out = new double[n];
            for (int i = 0; i < n; i++) {
                out[i] = interestingDouble(r);
            }
            return out;
        };
    }

    /** One to four random mutations of the bytes (with the generic words only). */
    public static byte[] mutate(Random r, byte[] seed) {
        List<byte[]> words = NASTY.stream().map(w -> w.getBytes(StandardCharsets.UTF_8)).toList();
        byte[] b = seed;
        for (int i = 1 + r.nextInt(4); i > 0; i--) {
            b = mutate(r, b, List.of(seed), words);
        }
        return b;
    }

    static String text(Random r, List<String> seeds, List<String> words) {
        int kind = r.nextInt(100);
        if (kind < 5 || seeds.isEmpty() && kind < 60) {
            return seeds.isEmpty() ? "" : pick(r, seeds);
        }
        if (kind < 60) {
            String s = pick(r, seeds);
            int rounds = 1 + (r.nextInt(4) == 0 ? r.nextInt(16) : r.nextInt(3));
            for (int i = 0; i < rounds; i++) {
                s = mutate(r, s, seeds, words);
            }
            return s;
        }
        if (kind < 80) {
            return soup(r, words);
        }
        if (kind < 90) {
            return randomText(r, r.nextInt(80));
        }
        if (kind < 99 || !HUGE) {
            return nested(r, seeds.isEmpty() ? "" : pick(r, seeds), words);
        }
        // Rarely: a big input (up to ~2 MB) made by repeating a seed, for size limits.
        String s = seeds.isEmpty() ? pick(r, words) : pick(r, seeds);
        int times = Math.max(1, (r.nextBoolean() ? 200_000 : 2_000_000) / Math.max(1, s.length()));
        return s.repeat(times);
    }

    static byte[] bytes(Random r, List<byte[]> seeds, List<byte[]> words) {
        int kind = r.nextInt(100);
        if (kind < 5) {
            return pick(r, seeds).clone();
        }
        if (kind < 85) {
            byte[] b = pick(r, seeds);
            int rounds = 1 + (r.nextInt(4) == 0 ? r.nextInt(16) : r.nextInt(3));
            for (int i = 0; i < rounds; i++) {
                b = mutate(r, b, seeds, words);
            }
            return b;
        }
        if (kind < 95) {
            byte[] b = new byte[r.nextInt(r.nextInt(10) == 0 ? 4096 : 130)];
            r.nextBytes(b);
            if (b.length > 0 && r.nextBoolean()) {
                b[0] = pick(r, words).length > 0 ? pick(r, words)[0] : b[0];
            }
            return b;
        }
        return soup(r, words.stream().map(w -> new String(w, StandardCharsets.UTF_8)).toList())
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String mutate(Random r, String s, List<String> seeds, List<String> words) {
        int n = s.length();
        int at = n == 0 ? 0 : r.nextInt(n + 1);
        int len = n == 0 ? 0 : 1 + r.nextInt(Math.min(n, r.nextInt(8) == 0 ? 200 : 12));
        int end = Math.min(n, at + len);
        return switch (r.nextInt(10)) {
            case 0 -> s.substring(0, at) + (char) r.nextInt(128) + s.substring(Math.min(n, at + 1));
            case 1 -> s.substring(0, at) + s.substring(end);
            case 2 -> s.substring(0, at) + pick(r, words) + s.substring(at);
            case 3 -> s.substring(0, at) + pick(r, words) + s.substring(end);
            case 4 -> replaceWord(r, s, words);
            case 5 -> s.substring(0, at) + s.substring(at, end).repeat(repeats(r)) + s.substring(end);
            case 6 -> s.substring(0, at);
            case 7 -> {
                String other = seeds.isEmpty() ? pick(r, words) : pick(r, seeds);
                yield s.substring(0, at) + other.substring(r.nextInt(other.length() + 1));
            }
            case 8 -> s.substring(0, at) + randomText(r, 1 + r.nextInt(4)) + s.substring(at);
            default -> s.substring(0, at) + number(r) + s.substring(end);
        };
    }

    private static byte[] mutate(Random r, byte[] b, List<byte[]> seeds, List<byte[]> words) {
        int n = b.length;
        int at = n == 0 ? 0 : r.nextInt(n);
        ByteBuffer buf = ByteBuffer.wrap(b.clone());
        switch (r.nextInt(11)) {
            case 0 -> {
                if (n > 0) {
                    buf.put(at, (byte) (b[at] ^ (1 << r.nextInt(8))));
                }
            }
            case 1 -> {
                if (n > 0) {
                    buf.put(at, (byte) INTS[r.nextInt(INTS.length)]);
                }
            }
            case 2 -> {
                if (n >= 8) {
                    int p = r.nextInt(n - 7);
                    buf.order(r.nextInt(4) == 0 ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
                    if (r.nextBoolean()) {
                        buf.putDouble(p, interestingDouble(r));
                    } else {
                        buf.putLong(p, interestingLong(r, n));
                    }
                }
            }
            case 3 -> {
                if (n >= 4) {
                    buf.order(r.nextInt(4) == 0 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN)
                            .putInt(r.nextInt(n - 3), INTS[r.nextInt(INTS.length)]);
                }
            }
            case 4 -> {
                return cut(b, at, Math.min(n, at + 1 + r.nextInt(r.nextInt(8) == 0 ? 200 : 24)));
            }
            case 5 -> {
                return insert(b, at, pick(r, words));
            }
            case 6 -> {
                int end = Math.min(n, at + 1 + r.nextInt(Math.max(1, Math.min(n, 120))));
                byte[] chunk = java.util.Arrays.copyOfRange(b, at, end);
                int times = repeats(r);
                byte[] repeated = new byte[chunk.length * times];
                for (int i = 0; i < times; i++) {
                    System.arraycopy(chunk, 0, repeated, i * chunk.length, chunk.length);
                }
                return insert(b, at, repeated);
            }
            case 7 -> {
                return java.util.Arrays.copyOf(b, at);
            }
            case 8 -> {
                byte[] other = pick(r, seeds);
                int from = r.nextInt(other.length + 1);
                byte[] out = java.util.Arrays.copyOf(b, at + other.length - from);
                System.arraycopy(other, from, out, at, other.length - from);
                return out;
            }
            case 9 -> {
                byte[] text = replaceWord(r, new String(b, StandardCharsets.ISO_8859_1),
                        words.stream().map(w -> new String(w, StandardCharsets.ISO_8859_1)).toList())
                        .getBytes(StandardCharsets.ISO_8859_1);
                return text;
            }
            default -> {
                byte[] noise = new byte[1 + r.nextInt(8)];
                r.nextBytes(noise);
                return insert(b, at, noise);
            }
        }
        return buf.array();
    }

    /** Replaces one occurrence of a word present in s by another word. */
    private static String replaceWord(Random r, String s, List<String> words) {
        for (int attempt = 0; attempt < 8; attempt++) {
            String w = pick(r, words);
            int i = w.isEmpty() ? -1 : s.indexOf(w, s.isEmpty() ? 0 : r.nextInt(s.length()));
            if (i < 0 && !w.isEmpty()) {
                i = s.indexOf(w);
            }
            if (i >= 0) {
                return s.substring(0, i) + pick(r, words) + s.substring(i + w.length());
            }
        }
        return s + pick(r, words);
    }

    /** Words and numbers in random order with random separators. */
    private static String soup(Random r, List<String> words) {
        StringBuilder sb = new StringBuilder();
        int count = r.nextInt(10) == 0 ? r.nextInt(2000) : r.nextInt(30);
        String[] separators = {" ", " ", "", ",", ", ", "\n", "  ", "\t", "/", ":"};
        for (int i = 0; i < count; i++) {
            sb.append(r.nextInt(4) == 0 ? number(r) : pick(r, words)).append(separators[r.nextInt(separators.length)]);
        }
        return sb.toString();
    }

    /** A seed wrapped in thousands of a bracketing word, or a word chained thousands of times. */
    private static String nested(Random r, String seed, List<String> words) {
        int depth = new int[] {50, 200, 1_000, 10_000, 100_000}[r.nextInt(HUGE ? 5 : 3)];
        String open = pick(r, words);
        for (int attempt = 0; attempt < 20 && closing(open).isEmpty(); attempt++) {
            open = pick(r, words);
        }
        String close = closing(open);
        if (close.isEmpty() && r.nextBoolean()) {
            open = "(";
            close = ")";
        }
        int times = Math.max(1, Math.min(depth, 3_000_000 / Math.max(1, open.length() + close.length() + 1)));
        String middle = r.nextInt(3) == 0 ? seed : "";
        return open.repeat(times) + middle + (r.nextBoolean() ? close.repeat(times) : "");
    }

    /** The brackets that close those a word opens, e.g. ")" for "UNION ICRS (". */
    private static String closing(String word) {
        StringBuilder sb = new StringBuilder();
        for (int i = word.length() - 1; i >= 0; i--) {
            Character c = PARTNERS.get(word.charAt(i));
            if (c != null) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String randomText(Random r, int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            switch (r.nextInt(6)) {
                case 0 -> sb.append((char) r.nextInt(0x20));
                case 1 -> sb.append((char) (0x80 + r.nextInt(0x780)));
                case 2 -> sb.append((char) r.nextInt(0x10000));
                case 3 -> sb.append(pick(r, NASTY));
                default -> sb.append((char) (0x20 + r.nextInt(0x5f)));
            }
        }
        return sb.toString();
    }

    private static String number(Random r) {
        return switch (r.nextInt(5)) {
            case 0 -> Double.toString(interestingDouble(r));
            case 1 -> Long.toString(interestingLong(r, 100));
            case 2 -> Integer.toString(r.nextInt(400) - 100);
            case 3 -> String.format(java.util.Locale.ROOT, "%.6f", r.nextDouble() * 400 - 100);
            default -> pick(r, NASTY);
        };
    }

    private static double interestingDouble(Random r) {
        return switch (r.nextInt(4)) {
            case 0 -> DOUBLES[r.nextInt(DOUBLES.length)];
            case 1 -> Double.longBitsToDouble(r.nextLong());
            case 2 -> (r.nextDouble() - 0.5) * 720;
            default -> (r.nextDouble() * 2 - 1) * (r.nextBoolean() ? 1.0 : Math.PI);
        };
    }

    private static long interestingLong(Random r, int size) {
        return switch (r.nextInt(3)) {
            case 0 -> LONGS[r.nextInt(LONGS.length)];
            case 1 -> size + r.nextInt(17) - 8;
            default -> r.nextInt(Math.max(1, size));
        };
    }

    private static int repeats(Random r) {
        return new int[] {2, 3, 10, 100, 1_000, 10_000}[r.nextInt(r.nextInt(6) == 0 && HUGE ? 6 : 4)];
    }

    private static byte[] insert(byte[] b, int at, byte[] extra) {
        byte[] out = new byte[b.length + extra.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(extra, 0, out, at, extra.length);
        System.arraycopy(b, at, out, at + extra.length, b.length - at);
        return out;
    }

    private static byte[] cut(byte[] b, int from, int to) {
        byte[] out = new byte[b.length - (to - from)];
        System.arraycopy(b, 0, out, 0, from);
        System.arraycopy(b, to, out, from, b.length - to);
        return out;
    }

    private static <T> T pick(Random r, List<T> list) {
        return list.get(r.nextInt(list.size()));
    }

    /** The size of an input in bytes, chars or elements, for allocation budgets and reports. */
    public static long size(Object input) {
        if (input instanceof byte[] b) {
            return b.length;
        }
        if (input instanceof CharSequence s) {
            return s.length();
        }
        if (input instanceof double[] d) {
            return d.length * 8L;
        }
        if (input instanceof Collection<?> c) {
            return c.stream().mapToLong(Hostile::size).sum();
        }
        if (input instanceof Map<?, ?> m) {
            return m.values().stream().mapToLong(Hostile::size).sum();
        }
        if (input instanceof Object[] a) {
            return java.util.Arrays.stream(a).mapToLong(Hostile::size).sum();
        }
        if (input instanceof Record r) {
            return size(components(r));
        }
        return input == null ? 0 : String.valueOf(input).length();
    }

    /** The values of a record's components (the several inputs of one try), arrays as they are. */
    private static Object[] components(Record r) {
        java.lang.reflect.RecordComponent[] parts = r.getClass().getRecordComponents();
        Object[] values = new Object[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                java.lang.reflect.Method accessor = parts[i].getAccessor();
                accessor.setAccessible(true);
                values[i] = accessor.invoke(r);
            } catch (ReflectiveOperationException e) {
                values[i] = "(" + e + ")";
            }
        }
        return values;
    }

    /** The input as printable text, cut to a few hundred characters. */
    public static String preview(Object input) {
        return preview(input, 400);
    }

    static String preview(Object input, int max) {
        String text;
        if (input instanceof byte[] b) {
            text = new String(b, StandardCharsets.ISO_8859_1);
        } else if (input instanceof double[] d) {
            text = java.util.Arrays.toString(d);
        } else if (input instanceof Object[] a) {
            text = java.util.Arrays.deepToString(a);
        } else if (input instanceof Record r) {
            text = java.util.Arrays.deepToString(components(r));
        } else {
            text = String.valueOf(input);
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length() && sb.length() < max; i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                sb.append("\\\\");
            } else if (c >= 0x20 && c < 0x7f) {
                sb.append(c);
            } else if (c == '\n') {
                sb.append("\\n");
            } else {
                sb.append(String.format("\\u%04x", (int) c));
            }
        }
        return sb.length() >= max && max < Integer.MAX_VALUE ? sb + "…" : sb.toString();
    }
}
