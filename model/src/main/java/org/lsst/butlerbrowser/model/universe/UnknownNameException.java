package org.lsst.butlerbrowser.model.universe;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** A name the universe does not know, reported with the closest names it does know. */
public final class UnknownNameException extends IllegalArgumentException {

    public UnknownNameException(String what, String name, Collection<String> known) {
        super(message(what, name, known));
    }

    private static String message(String what, String name, Collection<String> known) {
        List<String> near = known.stream()
                .sorted(Comparator.comparingInt((String k) -> editDistance(k, name)))
                .limit(3)
                .filter(k -> editDistance(k, name) <= Math.max(2, name.length() / 2))
                .toList();
        String hint = near.isEmpty() ? "" : " (did you mean " + String.join(", ", near) + "?)";
        return "this registry's universe has no " + what + " '" + name + "'" + hint;
    }

    static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
