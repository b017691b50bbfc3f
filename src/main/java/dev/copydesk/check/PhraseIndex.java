package dev.copydesk.check;

import dev.copydesk.rule.Rule;
import dev.copydesk.text.Segmenter;
import dev.copydesk.text.Stems;
import dev.copydesk.text.TextNormalizer;
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
    record Entry(Rule rule, String phrase, String preferred) {
    }

    private static final class Node {
        final Map<String, Node> children = new HashMap<>();
        final List<Entry> entries = new ArrayList<>(1);
    }

    /** Phrases matched token by token as written, after normalization. */
    private final Node exactRoot = new Node();
    /** Phrases matched stem by stem, so inflected forms match too. */
    private final Node stemRoot = new Node();
    private final Segmenter segmenter = new Segmenter("en");
    private final Stems stems = Stems.forLanguage("en");

    /**
     * Adds a phrase. Phrases match their inflections (by Snowball stem) unless written with a
     * leading {@code =}, which asks for the exact form.
     */
    void add(Rule rule, String phrase, String preferred) {
        boolean exact = phrase.startsWith("=");
        String written = exact ? phrase.substring(1).strip() : phrase;
        Node node = exact ? exactRoot : stemRoot;
        Node start = node;
        for (Token token : segmenter.tokens(TextNormalizer.normalizeString(written))) {
            String key = exact || !token.word() ? token.text() : stems.stem(token.text());
            node = node.children.computeIfAbsent(key, k -> new Node());
        }
        if (node != start) {
            node.entries.add(new Entry(rule, written, preferred));
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
                if (matches == null) {
                    matches = new ArrayList<>();
                }
                matches.add(new Match(entry, first, i));
            }
        }
        return matches;
    }
}
