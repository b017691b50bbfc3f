package dev.copydesk.analysis;

import dev.copydesk.input.Link;
import dev.copydesk.input.Scope;
import dev.copydesk.text.GatedPattern;
import dev.copydesk.text.SearchText;
import dev.copydesk.text.Span;
import dev.copydesk.text.Words;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who each sentence of an article speaks through, read in order, paragraph by paragraph, and the
 * claims among its sentences. It remembers who was named so far ("he said" points back), so one
 * instance reads one article.
 */
final class SentenceSources {
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

    private static final GatedPattern PRONOUN_VERB = GatedPattern.compile("\\b(he|she|they|it)\\s+(?:(?:has|had|have|also|now|"
            + "later|then|previously|already|further|again)\\s+){0,2}" + ClaimFinder.VERB + "\\b",
            Pattern.CASE_INSENSITIVE);

    private final List<Link> links;
    /** The source of the last attributed sentence, while a quotation or paragraph runs on. */
    private Source previous;
    /** The last person and the last body named, for "he said" and "it said" sentences further on. */
    private final Map<String, Source> lastNamed = new HashMap<>();
    /**
     * The last person a sentence was about ("Darren Campbell has set his sights..."), for a "he
     * told" that no earlier speaker explains.
     */
    private Source lastSubject;

    SentenceSources(List<Link> links) {
        this.links = links;
    }

    /** One paragraph's sentences: their text, the reporter's own words, whether quoted, and the source found. */
    private record Paragraph(List<Span> sentences, String[] texts, SearchText[] reporter, boolean[] quoted,
            List<Optional<Source>> sources) {
    }

    List<Claim> claims(List<AnalyzedBlock> blocks) {
        List<Claim> claims = new ArrayList<>();
        for (AnalyzedBlock block : blocks) {
            Scope scope = block.block().scope();
            if (scope == Scope.HEADLINE || scope == Scope.HEADING || scope == Scope.CAPTION) {
                continue;
            }
            Paragraph paragraph = ownSources(block);
            closingTagsCoverTheSentenceBefore(paragraph);
            addClaims(block, paragraph, claims);
        }
        return claims;
    }

    /**
     * 1. What each sentence names itself: a link, a name or role with a reporting verb, or "he
     * said" for the person last named. The reporter's words only: who says what is never decided
     * by words inside a quotation ("vote Liberal Democrat," he added; "many believe it," she said).
     */
    private Paragraph ownSources(AnalyzedBlock block) {
        String text = block.text();
        List<Span> sentences = block.sentences();
        int n = sentences.size();
        Paragraph paragraph = new Paragraph(sentences, new String[n], new SearchText[n], new boolean[n], new ArrayList<>(n));
        for (int i = 0; i < n; i++) {
            Span sentence = sentences.get(i);
            String s = text.substring(sentence.start(), sentence.end());
            paragraph.texts()[i] = s;
            // Attribution reads sentences of reporting length; a longer "sentence" is a list, a
            // table or scraped junk, and only its first stretch can hold a speaker.
            String own = withoutQuotations(block, sentence, s);
            if (own.length() > MAX_SENTENCE) {
                own = own.substring(0, MAX_SENTENCE);
            }
            SearchText reporterWords = SearchText.of(own);
            paragraph.reporter()[i] = reporterWords;
            paragraph.quoted()[i] = block.inQuotation(sentence.start())
                    || block.inQuotation(Math.max(sentence.start(), sentence.end() - 1));
            Optional<Source> source = linked(block, sentence).or(() -> SourceNames.named(reporterWords));
            GatedPattern.Finder pronoun = source.isEmpty() ? PRONOUN_VERB.finder(reporterWords) : null;
            if (pronoun != null && pronoun.find()) {
                String kind = pronounKind(pronoun.group(1));
                // A one-word company name looks like a surname: "it" may point back to it.
                Source known = lastNamed.getOrDefault(kind, kind.equals("body") ? lastNamed.get("any") : null);
                source = Optional.ofNullable(known != null ? known : previous != null ? previous
                        : kind.equals("person") ? lastSubject : null);
            }
            lastSubject = subject(own, lastSubject);
            source.ifPresent(this::remember);
            paragraph.sources().add(source);
        }
        return paragraph;
    }

    /**
     * 2. A reporting tag closing a sentence covers the sentence just before it in the paragraph:
     * "Sales fell 4% in March. The figures were worse than expected, the BRC said." Only one:
     * further back, it is the reporter's own framing ("In 2001, Michael Howard won by 5,907.
     * [...], Lord Rennard said."). A sentence leaning on a vague source ("experts view this
     * as...") keeps it.
     */
    private static void closingTagsCoverTheSentenceBefore(Paragraph paragraph) {
        List<Optional<Source>> sources = paragraph.sources();
        SearchText[] reporter = paragraph.reporter();
        List<Optional<Source>> own = List.copyOf(sources);
        for (int i = sources.size() - 1; i > 0; i--) {
            boolean tag = own.get(i).isPresent() && !own.get(i).get().kind().equals("link")
                    && endsWithTag(reporter[i].text());
            if (tag && sources.get(i - 1).isEmpty() && SourceNames.vague(reporter[i - 1]).isEmpty()) {
                sources.set(i - 1, sources.get(i));
            }
        }
    }

    /** 3. A quotation running on from the previous paragraph keeps its speaker; then each claim with its source. */
    private void addClaims(AnalyzedBlock block, Paragraph paragraph, List<Claim> claims) {
        List<Optional<Source>> sources = paragraph.sources();
        for (int i = 0; i < sources.size(); i++) {
            boolean quoted = paragraph.quoted()[i];
            if (sources.get(i).isEmpty() && previous != null && quoted) {
                sources.set(i, Optional.of(previous));
            }
            String type = ClaimTypes.type(paragraph.texts()[i]);
            if (type != null) {
                claims.add(new Claim(block.index(), paragraph.sentences().get(i), type, sources.get(i),
                        SourceNames.vague(paragraph.reporter()[i])));
            }
            if (sources.get(i).isPresent()) {
                previous = sources.get(i).get();
            } else if (!quoted) {
                previous = null;
            }
        }
    }

    private static final Pattern SUBJECT = Pattern.compile("^\\s*(?:(?:But|And|Yet|So|However|Meanwhile),?\\s+)?(" + ClaimFinder.NAME + ")"
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
        boolean fullName = Words.splitOnWhitespace(name).length >= 2 && !name.contains(".");
        boolean titled = ClaimFinder.TITLE.matcher(name).find();
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

    private void remember(Source source) {
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

    private Optional<Source> linked(AnalyzedBlock block, Span sentence) {
        for (Link link : links) {
            if (link.block() == block.index() && link.blockStart() < sentence.end() && sentence.start() < link.blockEnd()) {
                return Optional.of(new Source(ClaimFinder.domain(link.href()), "link"));
            }
        }
        return Optional.empty();
    }
}
