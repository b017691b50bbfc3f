package dev.copydesk.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a clickbait model reads of a headline: its lower-cased words and word pairs, how it
 * opens, its part-of-speech pattern, and the forms that tease (addressing the reader, "this
 * dog" with no dog named before, a number first, a superlative, a question, an exclamation).
 * The headline is lower-cased before anything is read, so title case and sentence case give
 * the same features. Each feature keeps the words it came from, to explain a verdict.
 */
public final class HeadlineFeatures {
    /** One feature and the headline words behind it ("this dog" for a withheld subject). */
    public record Feature(String name, String evidence) {
    }

    private static final Set<String> SECOND_PERSON = Set.of("you", "your", "you're", "yours", "yourself", "you'll",
            "you've", "you'd", "ya");
    private static final Set<String> DEMONSTRATIVES = Set.of("this", "these", "that", "those");
    /** Words after "this" that make it time or a verb's subject, not a withheld subject: "this week", "this is". */
    private static final Set<String> NOT_WITHHELD = Set.of("year", "week", "month", "weekend", "morning", "afternoon",
            "evening", "night", "time", "season", "summer", "winter", "spring", "autumn", "fall", "term", "quarter",
            "decade", "century", "christmas", "easter", "january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "side", "way", "is", "was");
    private static final int MAX_WITHHELD_PHRASE = 4;
    private static final Set<String> SUPERLATIVES = Set.of("most", "best", "worst", "least", "greatest", "biggest",
            "ever");
    private static final int MAX_WORDS = 40;

    private HeadlineFeatures() {
    }

    /** The features of {@code headline}; links, @handles and the hash of hashtags are dropped first. */
    public static List<Feature> of(String headline) {
        String text = headline.replaceAll("https?://\\S+", " ").replaceAll("@\\w+", " ").replace('#', ' ')
                .replace('’', '\'').replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
        List<Feature> features = new ArrayList<>();
        TaggedSentence s = tagged(text);
        if (s.size() == 0) {
            features.add(new Feature("empty", ""));
            return features;
        }
        int n = s.size();
        // Nouns, names and numbers become their tag: what a headline is about must not decide,
        // or the model learns the topics of one corpus's week ("italy", "jobs") instead of its style.
        String[] shape = new String[n];
        for (int i = 0; i < n; i++) {
            shape[i] = s.isTag(i, "NOUN", "PROPN", "NUM") ? s.tag(i) : s.lower(i);
        }
        for (int i = 0; i < n; i++) {
            features.add(new Feature("w=" + shape[i], s.lower(i)));
            if (i + 1 < n) {
                features.add(new Feature("b=" + shape[i] + "_" + shape[i + 1], s.lower(i) + " " + s.lower(i + 1)));
            }
            if (i + 1 < n) {
                features.add(new Feature("t=" + s.tag(i) + "_" + s.tag(i + 1), ""));
            }
        }
        features.add(new Feature("start=" + shape[0], s.lower(0)));
        features.add(new Feature("t0=" + s.tag(0), s.lower(0)));
        if (n > 1) {
            features.add(new Feature("start=" + shape[0] + "_" + shape[1], s.lower(0) + " " + s.lower(1)));
        }
        addSignals(s, features);
        if (text.indexOf('?') >= 0) {
            features.add(new Feature("question", ""));
        }
        if (text.indexOf('!') >= 0) {
            features.add(new Feature("exclamation", ""));
        }
        // No length feature: tweets that tease are short and news tweets long, but news headlines are short too.
        return features;
    }

    /** The first withheld subject, address to the reader and superlative, and a number in front. */
    private static void addSignals(TaggedSentence s, List<Feature> features) {
        int n = s.size();
        // Broader than withheldSubject, the rule's test: for a model, any "this/that + noun" is a signal to weigh.
        for (int i = 0; i + 1 < n; i++) {
            if (DEMONSTRATIVES.contains(s.lower(i)) && s.isTag(i + 1, "NOUN", "ADJ")) {
                features.add(new Feature("withheld", s.lower(i) + " " + s.lower(i + 1)));
                break;
            }
        }
        for (int i = 0; i < n; i++) {
            if (SECOND_PERSON.contains(s.lower(i))) {
                features.add(new Feature("reader", s.lower(i)));
                break;
            }
        }
        for (int i = 0; i < n; i++) {
            if (SUPERLATIVES.contains(s.lower(i)) || s.isTag(i, "ADJ") && s.lower(i).endsWith("est") && s.lower(i).length() > 4) {
                features.add(new Feature("superlative", s.lower(i)));
                break;
            }
        }
        if (s.isTag(0, "NUM")) {
            features.add(new Feature("number-first", s.lower(0)));
        }
    }

    /** A headline's words, lower-cased (offsets kept), tagged: so title case and sentence case read alike. */
    public static TaggedSentence tagged(String headline) {
        List<Word> lower = new ArrayList<>();
        for (Word w : WordTokenizer.words(headline, 0, headline.length())) {
            lower.add(new Word(w.text().toLowerCase(Locale.ROOT), w.start(), w.end()));
            if (lower.size() == MAX_WORDS) {
                break;
            }
        }
        return lower.isEmpty() ? new TaggedSentence(List.of(), new String[0]) : TaggedSentence.of(lower);
    }

    /**
     * The words {@code [from, to)} of a subject the headline points at instead of naming: "this" or
     * "these" opening it (or its part after a colon or dash), then a noun phrase: "This dog's
     * reaction", "These photos", "Stunned: this village". Null for "this week" or "this is".
     */
    public static int[] withheldSubject(TaggedSentence s) {
        for (int i = 0; i + 1 < s.size(); i++) {
            boolean opens = i == 0 || s.isWord(i - 1, ":", "—", "–", "-", "|");
            if (!opens || !s.isWord(i, "this", "these") || NOT_WITHHELD.contains(s.lower(i + 1))) {
                continue;
            }
            int end = i + 1;
            while (end < s.size() && end - i <= MAX_WITHHELD_PHRASE && s.isTag(end, "ADJ", "NOUN", "PROPN")) {
                end++;
            }
            if (end > i + 1 && (s.isTag(end - 1, "NOUN", "PROPN") || s.isWord(end, "'s", "’s"))) {
                return new int[] {i, end};
            }
        }
        return null;
    }

    /** A feature in words an editor understands, or null for one that explains nothing alone (a tag pair). */
    public static String explain(Feature feature) {
        String name = feature.name();
        String evidence = feature.evidence();
        return switch (name) {
            case "reader" -> "addresses the reader: '" + evidence + "'";
            case "withheld" -> "withholds the subject: '" + evidence + "'";
            case "superlative" -> "uses a superlative: '" + evidence + "'";
            case "number-first" -> "opens with a number: '" + evidence + "'";
            case "question" -> "asks a question";
            case "exclamation" -> "exclaims";
            default -> {
                if (name.startsWith("start=")) {
                    yield "opens with '" + evidence + "'";
                }
                if (name.startsWith("t0=PRON") && Set.of("he", "she", "they", "it", "this", "these", "that", "those",
                        "you", "we", "i", "what", "who", "why", "how").contains(evidence)) {
                    yield "opens with a pronoun: '" + evidence + "'";
                }
                if (name.startsWith("w=") || name.startsWith("b=")) {
                    yield "uses '" + evidence + "'";
                }
                yield null;
            }
        };
    }
}
