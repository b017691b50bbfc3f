package dev.copydesk.check;

import dev.copydesk.rule.Rule;
import dev.copydesk.text.Segmenter;
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

    private final Node root = new Node();
    private final Segmenter segmenter = new Segmenter("en");

    void add(Rule rule, String phrase, String preferred) {
        Node node = root;
        for (Token token : segmenter.tokens(TextNormalizer.normalizeString(phrase))) {
            node = node.children.computeIfAbsent(token.text(), k -> new Node());
        }
        if (node != root) {
            node.entries.add(new Entry(rule, phrase, preferred));
        }
    }

    /** A phrase matched at tokens {@code [first, last]}. */
    record Match(Entry entry, int first, int last) {
    }

    /** Every phrase that starts at token {@code first}, shortest first. */
    List<Match> matchesAt(List<Token> tokens, int first) {
        List<Match> matches = null;
        Node node = root;
        for (int i = first; i < tokens.size(); i++) {
            node = node.children.get(tokens.get(i).text());
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
        return matches == null ? List.of() : matches;
    }
}
