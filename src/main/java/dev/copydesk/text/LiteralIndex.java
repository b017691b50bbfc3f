package dev.copydesk.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Literals by their first character, ASCII in an array and the rest in a map: one pass over a
 * text finds where the first of them begins, where one {@code indexOf} per literal would pass
 * over it once each. For the literal sets of gates and leading literals, when they are many.
 * Immutable.
 */
final class LiteralIndex {
    private final String[][] byAsciiFirst = new String[128][];
    private final Map<Character, String[]> byOtherFirst = new HashMap<>();
    /**
     * The ASCII pairs the literals open with, one bit each: most places where a literal's first
     * character occurs are followed by a character none of them has second, and are passed over
     * without trying the literals ("s" opens "said" and "says", but "st" opens neither).
     */
    private final long[] openingPairs = new long[128 * 128 / Long.SIZE];
    /** ASCII first characters with a literal that the pairs cannot stand for: one character long, or a non-ASCII second. */
    private final boolean[] unpaired = new boolean[128];

    LiteralIndex(List<String> literals) {
        Map<Character, List<String>> lists = new HashMap<>();
        for (String literal : literals) {
            lists.computeIfAbsent(literal.charAt(0), c -> new ArrayList<>()).add(literal);
            char first = literal.charAt(0);
            if (first < 128) {
                if (literal.length() < 2 || literal.charAt(1) >= 128) {
                    unpaired[first] = true;
                } else {
                    int pair = first * 128 + literal.charAt(1);
                    openingPairs[pair >>> 6] |= 1L << pair;
                }
            }
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

    /**
     * The literals, shortest first, without those that {@code implies} says another kept one
     * already stands for: where "said that" occurs, "said" does ({@code String::contains}), and
     * where "15" begins, "1" begins ({@code String::startsWith}).
     */
    static List<String> withoutRedundant(Set<String> literals, BiPredicate<String, String> implies) {
        List<String> sorted = new ArrayList<>(literals);
        sorted.sort(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));
        List<String> kept = new ArrayList<>();
        for (String literal : sorted) {
            if (kept.stream().noneMatch(shorter -> implies.test(literal, shorter))) {
                kept.add(literal);
            }
        }
        return kept;
    }

    /** The first place at or after {@code from} where one of the literals begins in {@code text}, or -1. */
    int firstAt(char[] text, int from) {
        boolean others = !byOtherFirst.isEmpty();
        for (int i = Math.max(0, from); i < text.length; i++) {
            char c = text[i];
            String[] candidates = c < 128 ? byAsciiFirst[c] : others ? byOtherFirst.get(c) : null;
            if (candidates != null && c < 128 && !unpaired[c] && !opensPair(text, i)) {
                continue;
            }
            if (candidates != null) {
                for (String literal : candidates) {
                    if (startsWith(text, i, literal)) {
                        return i;
                    }
                }
            }
        }
        return -1;
    }

    /** Whether the ASCII character at {@code at} and the next one open one of the literals. */
    private boolean opensPair(char[] text, int at) {
        if (at + 1 >= text.length || text[at + 1] >= 128) {
            return false;
        }
        int pair = text[at] * 128 + text[at + 1];
        return (openingPairs[pair >>> 6] & 1L << pair) != 0;
    }

    private static boolean startsWith(char[] text, int at, String literal) {
        if (at + literal.length() > text.length) {
            return false;
        }
        for (int k = 1; k < literal.length(); k++) { // the first character is why it is a candidate
            if (text[at + k] != literal.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
