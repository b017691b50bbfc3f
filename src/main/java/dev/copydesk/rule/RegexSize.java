package dev.copydesk.rule;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * An upper bound on the size of the program RE2J compiles a pattern into, worked out from the
 * pattern's text before compiling it. RE2J runs in time linear in the text, but its compiler
 * expands counted repetition: {@code ((a{100}){100}){100}} is a million instructions, and one
 * more level is a hundred million, which takes minutes and gigabytes before failing. RE2 and Go
 * refuse such programs at compile time; RE2J does not, so rule packs are checked here.
 *
 * <p>The count follows RE2's compilation: a literal or a character class is one instruction, a
 * sequence adds its parts, an alternation adds its branches (plus one split each), {@code *},
 * {@code +} and {@code ?} add one, {@code x{n,m}} copies {@code x} {@code m} times ({@code n+1}
 * for {@code x{n,}}). It errs high, never low. Syntax errors are RE2J's to report; this reads
 * anything without failing.
 */
public final class RegexSize {
    /**
     * The largest program a rule pattern may compile to. The biggest shipped pattern needs a few
     * hundred; RE2J's matcher does work in proportion to the program for every character, so a
     * pattern far past this would also make audits slow.
     */
    public static final long LIMIT = 20_000;
    private static final long CAP = Long.MAX_VALUE / 4;

    private RegexSize() {
    }

    /** One level of grouping: the alternatives so far, the current branch, and its last atom (for a quantifier). */
    private static final class Group {
        long alternatives;
        int branches = 1;
        long branch;
        long last;

        void atom(long size) {
            branch = add(branch, size);
            last = size;
        }

        void alternative() {
            alternatives = add(alternatives, branch);
            branches++;
            branch = 0;
            last = 0;
        }

        void quantify() {
            branch = add(branch, 1);
            last = add(last, 1);
        }

        long total() {
            return add(add(alternatives, branch), branches - 1);
        }
    }

    /** The estimated number of instructions, saturating at a very large value rather than overflowing. */
    public static long estimate(String pattern) {
        return measure(pattern).size();
    }

    /** The size estimate and the deepest nesting of groups, which RE2J's simplifier walks by recursion. */
    public record Measure(long size, int depth) {
    }

    /** Groups nested deeper than this overflow RE2J's recursive passes on an ordinary thread stack. */
    public static final int MAX_DEPTH = 200;

    public static Measure measure(String pattern) {
        Nesting nesting = new Nesting();
        int i = 0;
        int n = pattern.length();
        while (i < n) {
            char c = pattern.charAt(i);
            Group group = nesting.current;
            i = switch (c) {
                case '\\' -> escape(pattern, i, group);
                case '[' -> {
                    group.atom(1);
                    yield skipClass(pattern, i);
                }
                case '(' -> openGroup(pattern, i, nesting);
                case ')' -> {
                    nesting.close();
                    yield i + 1;
                }
                case '|' -> {
                    group.alternative();
                    yield i + 1;
                }
                case '*', '+', '?' -> {
                    group.quantify();
                    yield skipLazy(pattern, i + 1);
                }
                case '{' -> repetition(pattern, i, group);
                default -> {
                    group.atom(1);
                    yield Character.isHighSurrogate(c) && i + 1 < n ? i + 2 : i + 1;
                }
            };
        }
        return new Measure(nesting.total(), nesting.maxDepth);
    }

    /** The groups open at a point of the pattern: the innermost is being counted, the others wait outside it. */
    private static final class Nesting {
        final Deque<Group> outer = new ArrayDeque<>();
        Group current = new Group();
        int maxDepth;

        void open() {
            outer.push(current);
            current = new Group();
            maxDepth = Math.max(maxDepth, outer.size());
        }

        void close() {
            long inner = add(current.total(), 2); // a capture's save instructions
            current = outer.isEmpty() ? new Group() : outer.pop();
            current.atom(inner);
        }

        long total() {
            long total = current.total();
            while (!outer.isEmpty()) { // an unclosed group: RE2J refuses it, but count it anyway
                Group group = outer.pop();
                group.atom(total);
                total = group.total();
            }
            return total;
        }
    }

    private static int escape(String pattern, int i, Group group) {
        int next = skipEscape(pattern, i);
        // A quoted run (\\Q...\\E) compiles to one instruction per character.
        boolean quoted = i + 1 < pattern.length() && pattern.charAt(i + 1) == 'Q';
        group.atom(quoted ? Math.max(1, next - i - 4) : 1);
        return next;
    }

    private static int openGroup(String pattern, int i, Nesting nesting) {
        int n = pattern.length();
        int next = i + 1;
        if (next < n && pattern.charAt(next) == '?') {
            int end = i + 2;
            while (end < n && ":)>".indexOf(pattern.charAt(end)) < 0) {
                end++;
            }
            next = end + 1;
            if (end < n && pattern.charAt(end) == ')') {
                return next; // flags only, such as (?i): no group, no instruction
            }
        }
        nesting.open();
        return next;
    }

    private static int repetition(String pattern, int i, Group group) {
        int close = pattern.indexOf('}', i);
        long copies = close < 0 ? -1 : copies(pattern.substring(i + 1, close));
        if (copies < 0) {
            group.atom(1); // a literal brace
            return i + 1;
        }
        // The atom is already counted once; the repetition makes it 'copies' times.
        long repeated = multiply(group.last, copies);
        group.branch = add(group.branch - group.last, repeated);
        group.last = repeated;
        return skipLazy(pattern, close + 1);
    }

    private static int skipLazy(String pattern, int i) {
        return i < pattern.length() && pattern.charAt(i) == '?' ? i + 1 : i;
    }

    /** For a repetition's body ({@code 3}, {@code 3,}, {@code 3,7}): how many copies it compiles to, or -1 if it is not one. */
    private static long copies(String body) {
        if (!body.matches("\\d{1,9}(,\\d{0,9})?")) {
            return -1;
        }
        int comma = body.indexOf(',');
        if (comma < 0) {
            return Long.parseLong(body);
        }
        long min = Long.parseLong(body.substring(0, comma));
        return comma == body.length() - 1 ? min + 1 : Math.max(min, Long.parseLong(body.substring(comma + 1)));
    }

    private static int skipEscape(String p, int i) {
        int n = p.length();
        if (i + 1 >= n) {
            return n;
        }
        char next = p.charAt(i + 1);
        if (next == 'Q') {
            int end = p.indexOf("\\E", i + 2);
            return end < 0 ? n : end + 2;
        }
        if ((next == 'p' || next == 'P' || next == 'x') && i + 2 < n && p.charAt(i + 2) == '{') {
            int end = p.indexOf('}', i + 3);
            return end < 0 ? n : end + 1;
        }
        if (next == 'p' || next == 'P') {
            return Math.min(n, i + 3);
        }
        if (next == 'x') {
            return Math.min(n, i + 4);
        }
        return i + 2;
    }

    private static int skipClass(String p, int i) {
        int n = p.length();
        int j = i + 1;
        if (j < n && p.charAt(j) == '^') {
            j++;
        }
        if (j < n && p.charAt(j) == ']') {
            j++; // a leading ']' is a literal
        }
        while (j < n) {
            char c = p.charAt(j);
            if (c == '\\') {
                j = skipEscape(p, j);
            } else if (c == '[' && j + 1 < n && p.charAt(j + 1) == ':') {
                int end = p.indexOf(":]", j + 2);
                j = end < 0 ? j + 1 : end + 2;
            } else if (c == ']') {
                return j + 1;
            } else {
                j++;
            }
        }
        return n;
    }

    private static long add(long a, long b) {
        return Math.min(CAP, a + b);
    }

    private static long multiply(long a, long b) {
        if (a == 0 || b == 0) {
            return 0;
        }
        return a > CAP / b ? CAP : a * b;
    }
}
