package dev.copydesk.analysis;

import dev.copydesk.input.Link;
import dev.copydesk.text.GatedPattern;
import dev.copydesk.text.Words;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds check-worthy claims and their attribution, sentence by sentence, with heuristics an
 * editor can follow: a claim is a sentence with a number, a comparison, a cause, a prediction,
 * a statement about what a group thinks, or an event with a named actor; it is attributed when
 * the sentence names who says so (a name next to a reporting verb, "according to", a quoted
 * speaker), cites a document by its publisher, carries a link, or continues a quotation whose
 * speaker the previous sentence named. Vague sources ("experts say") are recorded, but do not
 * count as attribution. Stateless.
 */
public final class ClaimFinder {
    /**
     * A run of capitalised words, at most eight: longer runs are lists or shouting, and an
     * unbounded repetition would recurse once per word (a stack overflow on hostile text).
     */
    static final String NAME = "(?:[A-Z][\\p{L}'’.-]*(?:\\s+(?:of|for|the|de|van|von|al|bin)\\s+[A-Z][\\p{L}'’.-]*|\\s+[A-Z][\\p{L}'’.-]*){0,7})";

    static final String VERB = "(?:said|says|say|told|tells|wrote|writes|announced|announces|stated|states|added|"
            + "adds|explained|explains|warned|warns|argued|argues|claimed|claims|insisted|insists|confirmed|confirms|"
            + "reported|reports|estimated|estimates|highlighted|highlights|stressed|stresses|noted|notes|questioned|"
            + "outlined|predicted|predicts|cited|acknowledged|admitted|denied|described|urged|urges|emphasised|"
            + "emphasized|suggested|suggests|revealed|reveals|believes|believed|told reporters|ruled|rules|conceded|concedes|"
            + "accused|accuses|called|calls|concluded|concludes|testified|maintained|maintains|replied|responded|"
            + "recalled|alleged|alleges|pointed out|quoted|criticised|criticized|welcomed|rejected|dismissed|expects)";

    static final GatedPattern REPORTING_VERB = GatedPattern.compile("\\b" + VERB + "\\b");

    /**
     * The first words of {@link #VERB}: a sentence with none of them skips the speaker patterns,
     * which Java runs as an alternation at every word.
     */
    static final WordSet REPORTING_WORDS = firstWords(VERB);

    private static WordSet firstWords(String alternation) {
        Set<String> words = new java.util.HashSet<>();
        for (String option : alternation.substring(3, alternation.length() - 1).split("\\|")) {
            words.add(option.split(" ")[0]);
        }
        return WordSet.of(words);
    }

    /**
     * Words to look for whole in a sentence ({@link #hasWord}), with their shortest and longest
     * lengths and their first letters: most of a sentence's words differ in one of those, and are
     * passed over without being copied out to ask the set.
     */
    static final class WordSet {
        private final Set<String> words;
        private final int shortest;
        private final int longest;
        private final long firstLetters;

        private WordSet(Set<String> words) {
            int least = Integer.MAX_VALUE;
            int most = 0;
            long first = 0;
            for (String w : words) {
                least = Math.min(least, w.length());
                most = Math.max(most, w.length());
                first |= letterBit(w.isEmpty() ? 0 : w.charAt(0));
            }
            this.words = Set.copyOf(words);
            this.shortest = least;
            this.longest = most;
            this.firstLetters = first;
        }

        static WordSet of(Set<String> words) {
            return new WordSet(words);
        }

        Set<String> words() {
            return words;
        }

        /** A bit for each of a-z, and the top bit for every other first character. */
        private static long letterBit(char c) {
            return c >= 'a' && c <= 'z' ? 1L << (c - 'a') : 1L << 63;
        }

        private boolean mayHold(String s, int start, int end) {
            int length = end - start;
            return length >= shortest && length <= longest && (firstLetters & letterBit(s.charAt(start))) != 0;
        }
    }

    /** Whether {@code s} has one of {@code words} as a whole word (letters only, as written). */
    static boolean hasWord(String s, WordSet words) {
        int i = 0;
        int n = s.length();
        while (i < n) {
            while (i < n && !Character.isLetter(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetter(s.charAt(i))) {
                i++;
            }
            if (i > start && words.mayHold(s, start, i) && words.words().contains(s.substring(start, i))) {
                return true;
            }
        }
        return false;
    }

    /** Words that make what follows "said" a clause ("said Labour had spent"), not a speaker. */
    static final Pattern CLAUSE_WORD = Pattern.compile("\\b(?:is|are|was|were|had|has|have|would|will|could|"
            + "should|may|might|that|it|he|she|they|we|there|this|not|did|does)\\b");

    static final String DOCUMENT_NOUNS = "report|study|survey|data|figures|statistics|analysis|poll|review|"
            + "research|paper|census";

    private ClaimFinder() {
    }

    static List<Claim> find(List<AnalyzedBlock> blocks, List<Link> links) {
        return resolveNames(attributeFromFollowing(blocks, new SentenceSources(links).claims(blocks)));
    }

    static final Pattern TITLE = Pattern.compile("^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame)\\.?\\s+");

    /**
     * Stories name a person in full once and by surname after: "Dutch Prime Minister Mark
     * Rutte", then "Rutte" and "Mr Rutte". Each shorter form whose words end a fuller name
     * becomes that fuller name, so the source profile counts one person, not three.
     */
    private static List<Claim> resolveNames(List<Claim> claims) {
        List<String> people = claims.stream().flatMap(c -> c.source().stream())
                .filter(s -> s.kind().equals("named-person")).map(Source::name).distinct().toList();
        java.util.Map<String, String> fullest = new java.util.HashMap<>();
        for (String name : people) {
            List<String> words = java.util.Arrays.asList(Words.splitOnWhitespace(TITLE.matcher(name).replaceFirst("")));
            String best = name;
            int bestWords = words.size();
            for (String other : people) {
                // Fullest by words, titles aside: "Jo Smith" beats "Prof Smith" for a bare "Smith".
                List<String> otherWords = java.util.Arrays.asList(Words.splitOnWhitespace(TITLE.matcher(other).replaceFirst("")));
                if (otherWords.size() > bestWords
                        && otherWords.subList(otherWords.size() - words.size(), otherWords.size()).equals(words)) {
                    best = other;
                    bestWords = otherWords.size();
                }
            }
            fullest.put(name, best);
        }
        return claims.stream().map(claim -> claim.source()
                .filter(s -> s.kind().equals("named-person") && !fullest.get(s.name()).equals(s.name()))
                .map(s -> new Claim(claim.block(), claim.span(), claim.type(),
                        Optional.of(new Source(fullest.get(s.name()), s.kind())), claim.vague()))
                .orElse(claim)).toList();
    }

    /** How many sentences on a claim may attribute it, as leads do ("... jumped 76%. TimeWarner said ..."). */
    private static final int LOOK_AHEAD = 3;

    /**
     * News states a fact first and names the source right after. An unattributed claim takes
     * the source of one of the next few claims when the claim names that source (the company,
     * person or body it is about).
     */
    private static List<Claim> attributeFromFollowing(List<AnalyzedBlock> blocks, List<Claim> claims) {
        List<Claim> result = new ArrayList<>(claims);
        for (int i = 0; i < result.size(); i++) {
            Claim claim = result.get(i);
            if (claim.attributed() || claim.vague().isPresent()) {
                continue;
            }
            Set<String> names = names(sentenceText(blocks, claim));
            for (int k = i + 1; k < Math.min(result.size(), i + 1 + LOOK_AHEAD) && !names.isEmpty(); k++) {
                Claim later = result.get(k);
                if (later.attributed() && !later.source().get().kind().equals("link")) {
                    // The source itself must be what the claim is about: "TimeWarner's profits
                    // jumped 76%. ... TimeWarner said"; a country both sentences mention is not enough.
                    Set<String> sourceNames = new java.util.HashSet<>(
                            java.util.Arrays.asList(Words.splitOnWhitespace(later.source().get().name())));
                    if (sourceNames.stream().anyMatch(names::contains)) {
                        result.set(i, new Claim(claim.block(), claim.span(), claim.type(), later.source(), claim.vague()));
                        break;
                    }
                }
            }
        }
        return result;
    }

    private static String sentenceText(List<AnalyzedBlock> blocks, Claim claim) {
        return blocks.get(claim.block()).text().substring(claim.span().start(), claim.span().end());
    }

    static Set<String> names(String sentence) {
        Set<String> names = new java.util.HashSet<>();
        Matcher m = SourceNames.INNER_NAME.matcher(sentence);
        while (m.find()) {
            if (SourceNames.isName(m.group())) {
                for (String part : Words.splitOnWhitespace(SourceNames.clean(m.group()))) {
                    if (part.length() > 2 && Character.isUpperCase(part.charAt(0)) && !SourceNames.NOT_NAMES.contains(part)) {
                        names.add(part);
                    }
                }
            }
        }
        return names;
    }


    /** The host a link leaves for, without "www."; empty for "mailto:", relative and broken links. */
    static Optional<String> host(String href) {
        try {
            return Optional.ofNullable(URI.create(href.strip()).getHost())
                    .map(host -> host.startsWith("www.") ? host.substring(4) : host);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** How a link source is named: its host, or the link as written when it has none. */
    static String domain(String href) {
        return host(href).orElse(href);
    }
}
