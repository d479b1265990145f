package org.lsst.butlerbrowser.model.repo;

import java.util.ArrayList;
import java.util.List;

/**
 * Shell-style matching with the rules of Python's {@code fnmatch} on POSIX (case-sensitive),
 * because db-auth.yaml patterns must select the same entry as they do for daf_butler:
 * {@code *} any run of characters (dots and slashes included), {@code ?} one character,
 * {@code [seq]} / {@code [!seq]} a character class, and an unclosed {@code [} is literal.
 *
 * <p>Matched directly rather than through a regular expression: a pattern of thousands of stars
 * overflowed the stack of {@code Pattern.compile}, and backtracking over them is exponential. The
 * pattern is split at its stars into pieces of fixed length; the first piece must start the text,
 * the last end it, and each one between is taken where it first occurs (any later place could only
 * leave less room for the rest), so a match costs at most text length × pattern length steps.
 */
public final class Glob {

    /** One character of a piece: a code point range, or a class of ranges (any character: an empty negated class). */
    private record Atom(int[] ranges, boolean negated) {
        boolean matches(int c) {
            boolean in = false;
            for (int i = 0; i < ranges.length && !in; i += 2) {
                in = ranges[i] <= c && c <= ranges[i + 1];
            }
            return in != negated;
        }
    }

    private static final Atom ANY = new Atom(new int[0], true);

    /** The pieces between the stars; a single piece when the pattern has no star. */
    private final List<Atom[]> pieces;

    private Glob(List<Atom[]> pieces) {
        this.pieces = pieces;
    }

    public static boolean matches(String text, String pattern) {
        return of(pattern).matches(text);
    }

    /** The pattern, read once for matching many names. */
    public static Glob of(String pattern) {
        int[] glob = pattern.codePoints().toArray();
        List<Atom[]> pieces = new ArrayList<>();
        List<Atom> piece = new ArrayList<>();
        int i = 0;
        boolean afterStar = false;
        while (i < glob.length) {
            int c = glob[i++];
            if (c == '*') {
                if (!afterStar) { // "**" is "*"
                    pieces.add(piece.toArray(Atom[]::new));
                    piece.clear();
                }
            } else if (c == '?') {
                piece.add(ANY);
            } else if (c == '[') {
                int j = i;
                if (j < glob.length && glob[j] == '!') {
                    j++;
                }
                if (j < glob.length && glob[j] == ']') {
                    j++; // a ']' right after '[' or '[!' is a member, not the end
                }
                while (j < glob.length && glob[j] != ']') {
                    j++;
                }
                if (j >= glob.length) {
                    piece.add(literal('['));
                } else {
                    piece.add(characterClass(glob, i, j));
                    i = j + 1;
                }
            } else {
                piece.add(literal(c));
            }
            afterStar = c == '*';
        }
        pieces.add(piece.toArray(Atom[]::new));
        return new Glob(List.copyOf(pieces));
    }

    public boolean matches(String name) {
        int[] text = name.codePoints().toArray();
        Atom[] first = pieces.get(0);
        if (pieces.size() == 1) {
            return text.length == first.length && matchesAt(first, text, 0);
        }
        Atom[] last = pieces.get(pieces.size() - 1);
        int end = text.length - last.length;
        if (end < first.length || !matchesAt(first, text, 0) || !matchesAt(last, text, end)) {
            return false;
        }
        int from = first.length;
        for (Atom[] piece : pieces.subList(1, pieces.size() - 1)) {
            int at = from;
            while (at + piece.length <= end && !matchesAt(piece, text, at)) {
                at++;
            }
            if (at + piece.length > end) {
                return false;
            }
            from = at + piece.length;
        }
        return true;
    }

    private static boolean matchesAt(Atom[] piece, int[] text, int at) {
        for (int k = 0; k < piece.length; k++) {
            if (!piece[k].matches(text[at + k])) {
                return false;
            }
        }
        return true;
    }

    private static Atom literal(int c) {
        return new Atom(new int[] {c, c}, false);
    }

    /** The class between '[' (at {@code from}) and its ']' (at {@code to}). */
    private static Atom characterClass(int[] glob, int from, int to) {
        boolean negated = glob[from] == '!';
        int k = negated ? from + 1 : from;
        List<Integer> ranges = new ArrayList<>();
        while (k < to) {
            int lo = glob[k];
            if (k + 2 < to && glob[k + 1] == '-') {
                int hi = glob[k + 2];
                if (lo <= hi) { // Python drops reversed ranges
                    ranges.add(lo);
                    ranges.add(hi);
                }
                k += 3;
            } else {
                ranges.add(lo);
                ranges.add(lo);
                k++;
            }
        }
        // "[]" can never be closed so never matches (no ranges); "[!]" is any character.
        return new Atom(ranges.stream().mapToInt(Integer::intValue).toArray(), negated);
    }
}
