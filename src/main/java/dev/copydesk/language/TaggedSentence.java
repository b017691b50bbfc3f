package dev.copydesk.language;

import java.util.List;
import java.util.Set;

/**
 * A sentence's words with their part-of-speech tags. Tags are the model's, corrected where
 * news copy trips it: a capitalised word inside a sentence is a proper noun whatever the model
 * says ("Sterling Pratt" is not a verb and a noun).
 */
public record TaggedSentence(List<Word> words, String[] tags) {
    private static final Set<String> CLOSED_CLASS = Set.of("PRON", "DET", "ADP", "CCONJ", "SCONJ", "AUX", "PART", "PUNCT",
            "NUM", "SYM");

    private static final Set<String> QUANTIFIERS = Set.of("most", "some", "many", "others", "all", "both", "few",
            "several", "everyone", "nobody", "someone");

    public static TaggedSentence of(List<Word> words) {
        String[] tags = PartOfSpeech.tag(words);
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i).text();
            boolean capital = !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
            if (!capital || CLOSED_CLASS.contains(tags[i]) || w.equals("I")) {
                continue;
            }
            boolean first = i == 0 || isOpening(words.get(i - 1).text());
            boolean cueNext = i + 1 < words.size() && CueLexicon.lemma(words.get(i + 1).text()) != null;
            if (first && "VERB".equals(tags[i]) && (CueLexicon.lemma(w) == null || w.endsWith("s")) && i + 1 < words.size()
                    && ("ADJ".equals(tags[i + 1]) || "ADP".equals(tags[i + 1]) || cueNext
                    || "VERB".equals(tags[i + 1]) && words.get(i + 1).text().endsWith("ed"))) {
                tags[i] = w.endsWith("s") ? "NOUN" : "PROPN"; // "Sources familiar with the deal said"
                continue;
            }
            if (first && cueNext && QUANTIFIERS.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                tags[i] = "PRON"; // "Most agree", "Some say", "Others believe"
                continue;
            }
            if (first && cueNext && ("ADJ".equals(tags[i]) || "ADV".equals(tags[i])) && !w.endsWith("s")) {
                tags[i] = "PROPN"; // "Trump said": the model reads a capitalised first word as an adjective
                continue;
            }
            boolean nextCapital = i + 1 < words.size() && Character.isUpperCase(words.get(i + 1).text().codePointAt(0));
            boolean previousProper = i > 0 && "PROPN".equals(tags[i - 1]);
            if (!first || nextCapital && !"VERB".equals(tags[i]) || previousProper) {
                tags[i] = "PROPN";
            }
        }
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).is("said") && (i == 0 || !"DET".equals(tags[i - 1]))) {
                tags[i] = "VERB"; // "said" is a verb wherever the model puts it ("the admiral said."), but "the said contract"
            }
        }
        for (int i = 1; i < words.size(); i++) {
            // "Polls show", "Trump said": a word the model calls a verb right before a reporting verb is its subject
            boolean cueNext = "VERB".equals(tags[i]) && CueLexicon.lemma(words.get(i).text()) != null;
            boolean subjectPlace = i - 1 == 0 || "DET".equals(tags[i - 2]) || "ADJ".equals(tags[i - 2])
                    || "NUM".equals(tags[i - 2]) || "PROPN".equals(tags[i - 2]);
            if (cueNext && "VERB".equals(tags[i - 1]) && subjectPlace && CueLexicon.lemma(words.get(i - 1).text()) == null) {
                boolean capital = Character.isUpperCase(words.get(i - 1).text().codePointAt(0));
                tags[i - 1] = capital && !(i - 1 == 0 && words.get(i - 1).text().endsWith("s")) ? "PROPN" : "NOUN";
            }
        }
        return new TaggedSentence(List.copyOf(words), tags);
    }

    private static boolean isOpening(String text) {
        return text.equals("\"") || text.equals("“") || text.equals("‘") || text.equals("'") || text.equals("(")
                || text.equals("—") || text.equals("-") || text.equals(":");
    }

    public int size() {
        return words.size();
    }

    public String tag(int i) {
        return tags[i];
    }

    public Word word(int i) {
        return words.get(i);
    }

    public String lower(int i) {
        return words.get(i).lower();
    }

    public boolean isTag(int i, String... any) {
        if (i < 0 || i >= tags.length) {
            return false;
        }
        for (String t : any) {
            if (t.equals(tags[i])) {
                return true;
            }
        }
        return false;
    }

    public boolean isWord(int i, String... any) {
        if (i < 0 || i >= words.size()) {
            return false;
        }
        String w = words.get(i).text().replace('’', '\'');
        for (String t : any) {
            if (t.equalsIgnoreCase(w)) {
                return true;
            }
        }
        return false;
    }

    /** Quotation marks, straight and curly, opening or closing. */
    public boolean isQuote(int i) {
        return i >= 0 && i < words.size() && words.get(i).isQuote();
    }
}
