package org.lsst.butlerbrowser.model.repo;

import java.util.regex.Pattern;

/**
 * Shell-style matching with the rules of Python's {@code fnmatch} on POSIX (case-sensitive),
 * because db-auth.yaml patterns must select the same entry as they do for daf_butler:
 * {@code *} any run of characters (dots and slashes included), {@code ?} one character,
 * {@code [seq]} / {@code [!seq]} a character class, and an unclosed {@code [} is literal.
 */
public final class Glob {
    private Glob() {
    }

    public static boolean matches(String text, String pattern) {
        return toRegex(pattern).matcher(text).matches();
    }

    public static Pattern toRegex(String glob) {
        StringBuilder re = new StringBuilder();
        int i = 0;
        int n = glob.length();
        while (i < n) {
            char c = glob.charAt(i++);
            if (c == '*') {
                re.append(".*");
            } else if (c == '?') {
                re.append('.');
            } else if (c == '[') {
                int j = i;
                if (j < n && glob.charAt(j) == '!') {
                    j++;
                }
                if (j < n && glob.charAt(j) == ']') {
                    j++; // a ']' right after '[' or '[!' is a member, not the end
                }
                while (j < n && glob.charAt(j) != ']') {
                    j++;
                }
                if (j >= n) {
                    re.append("\\[");
                } else {
                    re.append(characterClass(glob.substring(i, j)));
                    i = j + 1;
                }
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(re.toString(), Pattern.DOTALL);
    }

    private static String characterClass(String body) {
        boolean negate = body.startsWith("!");
        String members = negate ? body.substring(1) : body;
        if (members.isEmpty()) {
            return negate ? "." : "(?!)"; // "[!]" is any character, "[]" can never be closed so never matches
        }
        StringBuilder cls = new StringBuilder(negate ? "[^" : "[");
        int k = 0;
        while (k < members.length()) {
            char lo = members.charAt(k);
            if (k + 2 < members.length() && members.charAt(k + 1) == '-') {
                char hi = members.charAt(k + 2);
                if (lo <= hi) { // Python drops reversed ranges
                    cls.append(escape(lo)).append('-').append(escape(hi));
                }
                k += 3;
            } else {
                cls.append(escape(lo));
                k++;
            }
        }
        cls.append(']');
        return cls.length() == (negate ? 3 : 2) ? (negate ? "." : "(?!)") : cls.toString();
    }

    private static String escape(char c) {
        return Character.isLetterOrDigit(c) ? String.valueOf(c) : "\\" + c;
    }
}
