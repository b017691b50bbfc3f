package dev.copydesk.text;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a piece of pattern matches: exactly one of {@code exact} when that is known, else
 * something that contains one of {@code contains} (null: anything at all) and begins with one of
 * {@code leading} (null: anything).
 */
record RegexPiece(Set<String> exact, Set<String> contains, Set<String> leading) {
    /** Exact sets grow by concatenation only up to this size; past it they become a requirement. */
    static final int MAX_EXACT = 64;

    static final RegexPiece EMPTY = new RegexPiece(Set.of(""), null);
    static final RegexPiece ANY = new RegexPiece(null, null);

    RegexPiece(Set<String> exact, Set<String> contains) {
        this(exact, contains, null);
    }

    static RegexPiece literal(char c) {
        return new RegexPiece(Set.of(String.valueOf(c)), null);
    }

    /** The strings one of which every match contains, or null if there are none to rely on. */
    Set<String> required() {
        Set<String> set = exact != null ? exact : contains;
        return set == null || set.contains("") ? null : set;
    }

    /** The exact concatenation of two exact pieces, or null when either is not exact or it grows too big. */
    RegexPiece then(RegexPiece next) {
        if (exact == null || next.exact == null || exact.size() * next.exact.size() > MAX_EXACT) {
            return null;
        }
        Set<String> product = new LinkedHashSet<>();
        for (String a : exact) {
            for (String b : next.exact) {
                product.add(a + b);
            }
        }
        return new RegexPiece(product, null);
    }

    /** The strings one of which every match begins with, none of them empty, or null if there are none to rely on. */
    Set<String> starts() {
        Set<String> set = exact != null ? exact : leading;
        return set == null || set.contains("") ? null : set;
    }

    RegexPiece or(RegexPiece other) {
        if (exact != null && other.exact != null && exact.size() + other.exact.size() <= MAX_EXACT) {
            Set<String> union = new LinkedHashSet<>(exact);
            union.addAll(other.exact);
            return new RegexPiece(union, null);
        }
        return new RegexPiece(null, union(required(), other.required()), union(starts(), other.starts()));
    }

    /** Both sets together, or null when either is unknown. */
    static Set<String> union(Set<String> a, Set<String> b) {
        if (a == null || b == null) {
            return null;
        }
        Set<String> union = new LinkedHashSet<>(a);
        union.addAll(b);
        return union;
    }

    /**
     * Zero or one: the empty string joins the exact set, so "experts?" reads as two words. An
     * inexact piece keeps what it begins with, and the empty string with it: "(?:some\\s+)?" begins
     * with "some" or with whatever follows it ({@link #opening}).
     */
    RegexPiece optional() {
        if (exact != null && exact.size() < MAX_EXACT) {
            Set<String> set = new LinkedHashSet<>(exact);
            set.add("");
            return new RegexPiece(set, null);
        }
        Set<String> starts = starts();
        if (starts == null) {
            return ANY;
        }
        Set<String> set = new LinkedHashSet<>(starts);
        set.add("");
        return new RegexPiece(null, null, set);
    }

    /** What an optional inexact piece begins with when it matches something, or null for any other piece. */
    Set<String> opening() {
        if (exact != null || leading == null || !leading.contains("")) {
            return null;
        }
        Set<String> set = new LinkedHashSet<>(leading);
        set.remove("");
        return set;
    }

    /** One or more: every match still contains, and begins with, one of the piece's strings. */
    RegexPiece atLeastOnce() {
        return new RegexPiece(null, required(), starts());
    }

    /** The requirement whose shortest literal is longest: the rarer in text, the more it gates. */
    static Set<String> better(Set<String> a, Set<String> b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        int shortestA = a.stream().mapToInt(String::length).min().orElse(0);
        int shortestB = b.stream().mapToInt(String::length).min().orElse(0);
        if (shortestA != shortestB) {
            return shortestA > shortestB ? a : b;
        }
        return a.size() <= b.size() ? a : b;
    }
}
