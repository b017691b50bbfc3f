package dev.copydesk.check;

import dev.copydesk.rule.Rule;
import dev.copydesk.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trie of normalized phrase tokens over every phrase and substitution rule at once, so a
 * text is walked once whatever the number of rules: cost grows with the text, and with the
 * longest phrase, not with the number of phrases. Immutable after construction.
 */
final class PhraseIndex {
    /** One phrase of one rule; {@code preferred} is null for plain phrase rules. */
    record Entry(Rule rule, String phrase, String preferred, List<String> lemmas) {
    }

    private static final class Node {
        final Map<String, Node> children = new HashMap<>();
        final List<Entry> entries = new ArrayList<>(1);
    }

    /** Phrases matched token by token as written, after normalization. */
    private final Node exactRoot = new Node();
    /** Phrases matched stem by stem, so inflected forms match too. */
    private final Node stemRoot = new Node();

    /**
     * Adds a phrase. Phrases match their inflections (by Snowball stem) unless written with a
     * leading {@code =}, which asks for the exact form.
     */
    void add(Rule rule, String phrase, String preferred) {
        PhraseKeys keys = PhraseKeys.of(phrase);
        Node node = keys.exact() ? exactRoot : stemRoot;
        Node start = node;
        for (String key : keys.keys()) {
            node = node.children.computeIfAbsent(key, k -> new Node());
        }
        if (node != start) {
            node.entries.add(new Entry(rule, keys.written(), preferred, keys.lemmas()));
        }
    }

    /** A phrase matched at tokens {@code [first, last]}. */
    record Match(Entry entry, int first, int last) {
    }

    /** Every phrase that starts at token {@code first}, shortest first within each kind. */
    List<Match> matchesAt(List<Token> tokens, List<String> tokenStems, int first) {
        List<Match> matches = walk(exactRoot, tokens, null, first, null);
        return walk(stemRoot, tokens, tokenStems, first, matches);
    }

    private static List<Match> walk(Node root, List<Token> tokens, List<String> keys, int first, List<Match> matches) {
        Node node = root;
        for (int i = first; i < tokens.size(); i++) {
            node = node.children.get(keys == null ? tokens.get(i).text() : keys.get(i));
            if (node == null) {
                break;
            }
            for (Entry entry : node.entries) {
                if (entry.lemmas() != null && !sameLemmas(entry.lemmas(), tokens, first)) {
                    continue;
                }
                if (matches == null) {
                    matches = new ArrayList<>();
                }
                matches.add(new Match(entry, first, i));
            }
        }
        return matches;
    }

    private static boolean sameLemmas(List<String> lemmas, List<Token> tokens, int first) {
        for (int k = 0; k < lemmas.size(); k++) {
            if (!lemmas.get(k).equals(lemma(tokens.get(first + k).text()))) {
                return false;
            }
        }
        return true;
    }

    /** A word without its inflectional ending: "tipped", "tips" and "tip" give "tip"; "explosion" stays. */
    static String lemma(String word) {
        String w = word.endsWith("'s") || word.endsWith("\u2019s") ? word.substring(0, word.length() - 2) : word;
        if ((w.endsWith("ies") || w.endsWith("ied")) && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        for (String suffix : new String[] {"ing", "ed", "es", "s"}) {
            if (w.endsWith(suffix) && !w.endsWith("ss") && w.length() > suffix.length() + 2) {
                w = w.substring(0, w.length() - suffix.length());
                break;
            }
        }
        int n = w.length();
        if (n > 3 && w.charAt(n - 1) == w.charAt(n - 2) && "bdglmnprt".indexOf(w.charAt(n - 1)) >= 0) {
            w = w.substring(0, n - 1); // tipped, stopped
        }
        return w.endsWith("e") && w.length() > 2 ? w.substring(0, w.length() - 1) : w;
    }
}
