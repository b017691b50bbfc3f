package dev.copydesk.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Literals by their first character, ASCII in an array and the rest in a map: one pass over a
 * text finds where the first of them begins, where one {@code indexOf} per literal would pass
 * over it once each. For the literal sets of gates and leading literals, when they are many.
 * Immutable.
 */
final class LiteralIndex {
    private final String[][] byAsciiFirst = new String[128][];
    private final Map<Character, String[]> byOtherFirst = new HashMap<>();

    LiteralIndex(List<String> literals) {
        Map<Character, List<String>> lists = new HashMap<>();
        for (String literal : literals) {
            lists.computeIfAbsent(literal.charAt(0), c -> new ArrayList<>()).add(literal);
        }
        lists.forEach((c, list) -> {
            String[] array = list.toArray(String[]::new);
            if (c < 128) {
                byAsciiFirst[c] = array;
            } else {
                byOtherFirst.put(c, array);
            }
        });
    }

    /** The first place at or after {@code from} where one of the literals begins in {@code text}, or -1. */
    int firstAt(String text, int from) {
        boolean others = !byOtherFirst.isEmpty();
        for (int i = Math.max(0, from); i < text.length(); i++) {
            char c = text.charAt(i);
            String[] candidates = c < 128 ? byAsciiFirst[c] : others ? byOtherFirst.get(c) : null;
            if (candidates != null) {
                for (String literal : candidates) {
                    if (text.startsWith(literal, i)) {
                        return i;
                    }
                }
            }
        }
        return -1;
    }
}
