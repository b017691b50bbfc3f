package dev.copydesk.analysis;

import dev.copydesk.input.Link;
import dev.copydesk.input.Scope;
import dev.copydesk.text.Span;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    static final Pattern REPORTING_VERB = Pattern.compile("\\b" + VERB + "\\b");

    /**
     * The first words of {@link #VERB}: a sentence with none of them skips the speaker patterns,
     * which Java runs as an alternation at every word.
     */
    static final Set<String> REPORTING_WORDS = firstWords(VERB);

    private static Set<String> firstWords(String alternation) {
        Set<String> words = new java.util.HashSet<>();
        for (String option : alternation.substring(3, alternation.length() - 1).split("\\|")) {
            words.add(option.split(" ")[0]);
        }
        return Set.copyOf(words);
    }

    /** Whether {@code s} has one of {@code words} as a whole word (letters only, as written). */
    static boolean hasWord(String s, Set<String> words) {
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
            if (i > start && words.contains(s.substring(start, i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A sentence that ends in a reporting tag (", the BRC said.", ", said Ms Ruiz.", ", according
     * to the ONS."): the tag may cover the sentences before it in the paragraph.
     */
    private static final Pattern TRAILING_TAG = Pattern.compile("[,\"”’]\\s*(?:[^,\"”]{1,60}?\\s)?(?:(?:has|have|had)\\s+)?"
            + "(?:said|says|added|adds|told\\s+[^,]{1,40}|reported|reports|warned|explained|estimated|noted|wrote|"
            + "according to\\s+[^,]{1,60})"
            // After the verb: a speaker ("said Ms Ruiz", "said the 34-year-old") or when and where
            // ("said on Tuesday"), never a clause ("said it was not a term he would use").
            + "(?:\\s+(?:(?:on|in|at|last|this|yesterday|today|earlier|later|recently|previously|also|to|before|"
            + "after|during|when)\\b[^,]{0,40}|(?:(?:the|a|an|his|her|its|their)\\s+)[^,]{1,40}|[A-Z][^,]{0,50}))?"
            + "\\s*[.!?]?[\"”’]?\\s*$");

    /** Words that make what follows "said" a clause ("said Labour had spent"), not a speaker. */
    static final Pattern CLAUSE_WORD = Pattern.compile("\\b(?:is|are|was|were|had|has|have|would|will|could|"
            + "should|may|might|that|it|he|she|they|we|there|this|not|did|does)\\b");

    static final String DOCUMENT_NOUNS = "report|study|survey|data|figures|statistics|analysis|poll|review|"
            + "research|paper|census";

    private static final Pattern PRONOUN_VERB = Pattern.compile("\\b(he|she|they|it)\\s+(?:(?:has|had|have|also|now|"
            + "later|then|previously|already|further|again)\\s+){0,2}" + VERB + "\\b",
            Pattern.CASE_INSENSITIVE);

    private ClaimFinder() {
    }

    static List<Claim> find(List<AnalyzedBlock> blocks, List<Link> links) {
        return resolveNames(attributeFromFollowing(blocks, findInSentences(blocks, links)));
    }

    private static final Pattern TITLE = Pattern.compile("^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame)\\.?\\s+");

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
            List<String> words = java.util.Arrays.asList(TITLE.matcher(name).replaceFirst("").split("\\s+"));
            String best = name;
            int bestWords = words.size();
            for (String other : people) {
                // Fullest by words, titles aside: "Jo Smith" beats "Prof Smith" for a bare "Smith".
                List<String> otherWords = java.util.Arrays.asList(TITLE.matcher(other).replaceFirst("").split("\\s+"));
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
                            java.util.Arrays.asList(later.source().get().name().split("\\s+")));
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
                for (String part : SourceNames.clean(m.group()).split("\\s+")) {
                    if (part.length() > 2 && Character.isUpperCase(part.charAt(0)) && !SourceNames.NOT_NAMES.contains(part)) {
                        names.add(part);
                    }
                }
            }
        }
        return names;
    }

    private static List<Claim> findInSentences(List<AnalyzedBlock> blocks, List<Link> links) {
        List<Claim> claims = new ArrayList<>();
        Source previous = null;
        // The last person and the last body named, for "he said" and "it said" sentences further on.
        java.util.Map<String, Source> lastNamed = new java.util.HashMap<>();
        // The last person a sentence was about ("Darren Campbell has set his sights..."), for a
        // "he told" that no earlier speaker explains.
        Source lastSubject = null;
        for (AnalyzedBlock block : blocks) {
            Scope scope = block.block().scope();
            if (scope == Scope.HEADLINE || scope == Scope.HEADING || scope == Scope.CAPTION) {
                continue;
            }
            String text = block.text();
            List<Span> sentences = block.sentences();
            int n = sentences.size();
            String[] texts = new String[n];
            // The reporter's words only: who says what is never decided by words inside a quotation
            // ("vote Liberal Democrat," he added; "many believe it," she said).
            String[] reporter = new String[n];
            List<Optional<Source>> sources = new ArrayList<>(n);
            boolean[] quoted = new boolean[n];
            // 1. What each sentence names itself: a link, a name or role with a reporting verb,
            //    or "he said" for the person last named.
            for (int i = 0; i < n; i++) {
                Span sentence = sentences.get(i);
                String s = text.substring(sentence.start(), sentence.end());
                texts[i] = s;
                // Attribution reads sentences of reporting length; a longer "sentence" is a list, a
                // table or scraped junk, and only its first stretch can hold a speaker.
                String own = withoutQuotations(block, sentence, s);
                if (own.length() > MAX_SENTENCE) {
                    own = own.substring(0, MAX_SENTENCE);
                }
                reporter[i] = own;
                quoted[i] = block.inQuotation(sentence.start()) || block.inQuotation(Math.max(sentence.start(), sentence.end() - 1));
                String reporterWords = own;
                Optional<Source> source = linked(block, sentence, links).or(() -> SourceNames.named(reporterWords));
                Matcher pronoun = PRONOUN_VERB.matcher(own);
                if (source.isEmpty() && pronoun.find()) {
                    String kind = pronounKind(pronoun.group(1));
                    // A one-word company name looks like a surname: "it" may point back to it.
                    Source known = lastNamed.getOrDefault(kind, kind.equals("body") ? lastNamed.get("any") : null);
                    source = Optional.ofNullable(known != null ? known : previous != null ? previous
                            : kind.equals("person") ? lastSubject : null);
                }
                lastSubject = subject(own, lastSubject);
                source.ifPresent(found -> remember(lastNamed, found));
                sources.add(source);
            }
            // 2. A reporting tag closing a sentence covers the sentence just before it in the paragraph:
            //    "Sales fell 4% in March. The figures were worse than expected, the BRC said."
            //    Only one: further back, it is the reporter's own framing ("In 2001, Michael Howard
            //    won by 5,907. [...], Lord Rennard said."). A sentence leaning on a vague source
            //    ("experts view this as...") keeps it.
            List<Optional<Source>> own = List.copyOf(sources);
            for (int i = n - 1; i > 0; i--) {
                boolean tag = own.get(i).isPresent() && !own.get(i).get().kind().equals("link")
                        && endsWithTag(reporter[i]);
                if (tag && sources.get(i - 1).isEmpty() && SourceNames.vague(reporter[i - 1]).isEmpty()) {
                    sources.set(i - 1, sources.get(i));
                }
            }
            // 3. A quotation running on from the previous paragraph keeps its speaker.
            for (int i = 0; i < n; i++) {
                if (sources.get(i).isEmpty() && previous != null && quoted[i]) {
                    sources.set(i, Optional.of(previous));
                }
                String type = ClaimTypes.type(texts[i]);
                if (type != null) {
                    claims.add(new Claim(block.index(), sentences.get(i), type, sources.get(i), SourceNames.vague(reporter[i])));
                }
                if (sources.get(i).isPresent()) {
                    previous = sources.get(i).get();
                } else if (!quoted[i]) {
                    previous = null;
                }
            }
        }
        return claims;
    }

    private static final Pattern SUBJECT = Pattern.compile("^\\s*(?:(?:But|And|Yet|So|However|Meanwhile),?\\s+)?(" + NAME + ")"
            + "(?:,|\\s+(?:has|had|have|is|was|will|would|said|says|told|won|lost|made|set|took)\\b)");

    /**
     * The person a sentence opens with, when it is plainly a person: a full name ("Darren
     * Campbell has") or a title and name ("Mr Blair was"). Otherwise the subject so far.
     */
    private static Source subject(String sentence, Source sofar) {
        Matcher m = SUBJECT.matcher(sentence);
        if (!m.find() || !SourceNames.isName(m.group(1))) {
            return sofar;
        }
        Source candidate = SourceNames.source(m.group(1));
        String name = candidate.name();
        if (!candidate.kind().equals("named-person")) {
            return sofar;
        }
        boolean fullName = name.split("\\s+").length >= 2 && !name.contains(".");
        boolean titled = TITLE.matcher(name).find();
        // A bare surname ("Campbell, who won...") keeps the full name already known.
        return fullName || titled ? candidate : sofar;
    }

    /** Characters of a sentence that attribution reads. */
    private static final int MAX_SENTENCE = 2_000;

    /** The longest a closing tag can be: its mark, a speaker, the verb, a place or time. */
    private static final int MAX_TAG_LENGTH = 260;

    /**
     * Whether the sentence ends in a reporting tag. Only the tail is searched: the tag is anchored
     * at the end, and no comma can follow the mark it starts with, so it starts at the last comma
     * or later.
     */
    private static boolean endsWithTag(String sentence) {
        Matcher m = TRAILING_TAG.matcher(sentence);
        int from = Math.max(Math.max(0, sentence.lastIndexOf(',')), sentence.length() - MAX_TAG_LENGTH);
        m.region(from, sentence.length()).useTransparentBounds(true);
        return m.find();
    }

    /** The sentence with the words inside its double-quoted quotations blanked with '_' (same length, marks kept). */
    private static String withoutQuotations(AnalyzedBlock block, Span sentence, String s) {
        char[] own = null;
        for (Span q : block.quotations()) {
            int from = Math.max(q.start() + 1, sentence.start());
            int to = Math.min(q.end() - 1, sentence.end());
            for (int k = from; k < to; k++) {
                if (own == null) {
                    own = s.toCharArray();
                }
                // Not a space: a long run of spaces makes the closing-tag pattern backtrack on every split.
                own[k - sentence.start()] = '_';
            }
        }
        return own == null ? s : new String(own);
    }

    private static String pronounKind(String pronoun) {
        return switch (pronoun.toLowerCase(Locale.ROOT)) {
            case "he", "she" -> "person";
            case "it" -> "body";
            default -> "any";
        };
    }

    private static void remember(java.util.Map<String, Source> lastNamed, Source source) {
        lastNamed.put("any", source);
        switch (source.kind()) {
            case "named-person" -> lastNamed.put("person", source);
            case "organisation", "document" -> lastNamed.put("body", source);
            case "institution" -> {
                lastNamed.put("person", source);
                lastNamed.put("body", source);
            }
            default -> {
            }
        }
    }

    private static Optional<Source> linked(AnalyzedBlock block, Span sentence, List<Link> links) {
        for (Link link : links) {
            if (link.block() == block.index() && link.blockStart() < sentence.end() && sentence.start() < link.blockEnd()) {
                return Optional.of(new Source(domain(link.href()), "link"));
            }
        }
        return Optional.empty();
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
