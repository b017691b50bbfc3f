package dev.copydesk.analysis;

import dev.copydesk.text.GatedPattern;
import dev.copydesk.text.SearchText;
import dev.copydesk.text.Words;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who a claim rests on, read from its sentence: a name before or after a reporting verb, a role,
 * "according to" a document or record, a study that found, a vague group.
 */
public final class SourceNames {
    private SourceNames() {
    }

    // A name starts a word: without that, a run of capitals is retried at every letter (quadratic).
    static final GatedPattern NAME_THEN_VERB = GatedPattern.compile("(?<![\\p{L}'’.-])(" + ClaimFinder.NAME + ")(?:\\s*\\([^()]{1,40}\\))?(,(?!\\s*['’\"”])[^,]{1,80})?(,?)\\s+(?:who\\s+)?"
            + "(?:(?:has|had|have|also|later|then|previously|repeatedly|earlier|already|recently|now)\\s+){0,2}" + ClaimFinder.VERB + "\\b");

    /**
     * Verbs that put the speaker after them, with the rest of the sentence: "..., said Harbour
     * Lines' finance director, Karim Adeyemi." ("highlights Europe's resolve" names no speaker).
     */
    static final GatedPattern VERB_THEN_NAME = GatedPattern.compile("\\b(?:said|says|added|adds|wrote|writes|explained|"
            + "warned|insisted|continued|asked|noted|argued)\\s+([^.;:!?\"”]{1,80}?)\\s*(?:[.;:!?\"”]|$)");

    /** The name that ends an appositive, right before the verb: ", Lib Dem elections chief Lord Rennard". */
    static final Pattern NAME_AT_END = Pattern.compile("(?:^|\\s)(" + ClaimFinder.NAME + ")\\s*$");

    /** A speaker given by description after the verb: "said the 34-year-old", "added the club's coach". */
    static final GatedPattern VERB_THEN_ROLE = GatedPattern.compile("\\b(?:said|says|added|adds|told|explained|warned)\\s+"
            + "((?:the|a|an|his|her|their|its)\\s+(?:[\\p{L}'’-]+\\s+){0,3}?(?:\\d+-year-old|spokes(?:man|woman|person)|"
            + "minister|secretary|mayor|chairman|chairwoman|chief executive|chief|director|president|officer|coach|"
            + "manager|boss|captain|striker|midfielder|defender|player|champion|leader|lawyer|prosecutor|judge|official))"
            + "\\s*(?:[,.;:!?\"”]|$)");

    /** Verbs the speaker may follow ("…, said Mark Rutte"), as opposed to "told Reuters", "criticised Labour". */
    static final Pattern SPEAKER_FOLLOWS = Pattern.compile("\\b(?:said|says|added|adds|wrote|writes|explained|"
            + "warned|insisted|continued|asked|noted|argued)$");

    /** An appositive that describes the name before it: ", the Dutch prime minister". */
    static final Pattern ROLE_APPOSITIVE = Pattern.compile("^,\\s*(?:the|a|an|his|her|its|their|who)\\b");

    /** A name that alone ends the sentence or clause after a reporting verb: "..., said Mark Rutte." */
    static final Pattern SPEAKER_AFTER = Pattern.compile("\\s+(" + ClaimFinder.NAME + ")\\s*(?:[,.;:!?\"”]|$)");

    static final GatedPattern ACCORDING_TO = GatedPattern.compile("\\b[Aa]ccording to\\s+(?:[a-z][\\w-]*\\s+){0,6}?(" + ClaimFinder.NAME + ")");

    /**
     * A record someone keeps, cited by its keeper rather than a name: "according to the
     * company's fare table", "according to its annual report", "according to official figures".
     */
    static final GatedPattern ACCORDING_TO_RECORD = GatedPattern.compile("\\b[Aa]ccording to\\s+((?:the|its|their|his|her|"
            + "official|published|[\\p{L}-]+['’]s?)\\s+(?:[\\p{L}'’-]+\\s+){0,3}?(?:figures|data|statistics|report|table|"
            + "statement|filing|filings|records|estimates|accounts|website|notice|survey|study|census|minutes|"
            + "documents|papers|results|forecast|budget))\\b");

    /**
     * A source identified by role rather than name: "the mayor said", "London's most senior
     * police officer has said", "a company spokeswoman told the BBC", "Defence lawyers said".
     */
    static final GatedPattern ROLE_THEN_VERB = GatedPattern.compile("\\b((?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|"
            // "Some major tech firms say" is an unnamed group, not a role
            + "(?!(?:Some|Many|Several|Other|Others|Most|Few|All|Both|Various|Numerous|Certain)\\b)[A-Z][\\p{L}-]*(?:['’]s?)?)\\s+"
            + "(?:[\\p{L}-]+\\s+){0,4}?(?:\\d+-year-old|company|companies|firm|firms|bank|government|council|ministry|"
            + "department|agency|club|union|party|airline|retailer|group|spokes(?:man|woman|person)|minister|secretary|mayor|chairman|chairwoman|chair|"
            + "chief executive|chief|director|president|officer|prosecutor|judge|coroner|governor|ambassador|commissioner|"
            + "official|head|leader|manager|coach|boss|founder|owner|lawyers|lawyer|attorney general|attorneys|attorney|"
            + "prosecutors|investigators|organisers|organizers|team|regulator|watchdog|inquiry|"
            + "committee|court|police|statement))\\s+(?:(?:has|had|have|also)\\s+){0,2}" + ClaimFinder.VERB + "\\b");

    /** "figures from the ONS" is a document; "key figures from Europe" are people. */
    static final GatedPattern DOCUMENT = GatedPattern.compile("\\b(?:" + ClaimFinder.DOCUMENT_NOUNS.replace("figures",
            "(?<!key |leading |senior |public |political |prominent |top )figures") + ")\\s+(?:by|from|published by|released by|of|for|commissioned by)\\s+(?:the\\s+)?("
            + ClaimFinder.NAME + ")");

    /** Sentences without one of these words skip {@link #DOCUMENT}. */
    static final ClaimFinder.WordSet DOCUMENT_WORDS = ClaimFinder.WordSet.of(Set.of(ClaimFinder.DOCUMENT_NOUNS.split("\\|")));

    /**
     * A study the article has introduced, speaking for itself: "the study found", "the bank's
     * survey shows". "The report said" is left out: a report that only "says" has no findings
     * to point to, and may be anyone's.
     */
    static final GatedPattern STUDY_FOUND = GatedPattern.compile("\\b((?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|[A-Z][\\p{L}-]*['’]s?)\\s+"
            + "(?:[\\p{L}'’-]+\\s+){0,3}?(?:study|survey|report|review|poll|research|analysis|inquiry|audit|census|"
            + "figures|data))\\s+(?:(?:has|had|also)\\s+)?(?:found|finds|shows|showed|suggests|suggested|concluded|"
            + "concludes|revealed|reveals|estimates|estimated|predicts|predicted)\\b");

    /**
     * An unnamed source and its verb, a few words apart at most: "critics say", "sources familiar
     * with the deal said", "some analysts see", "critics are concerned".
     */
    static final GatedPattern VAGUE = GatedPattern.compile("\\b(?:some\\s+)?(experts?|critics|analysts|observers|sources|"
            + "officials|insiders|reports|studies|research|commentators|many|some people|people|scientists)"
            + "(?:\\s+(?:familiar|close|with|to|in|at|the|this|that|deal|matter|talks|industry|case|plan|company|"
            + "government|city|market)){0,4}\\s+(?:have\\s+|are\\s+|were\\s+)?"
            + "(?:say|said|says|believe|believed|suggest|suggests|show|shows|claim|view|think|warn|argue|fear|agree|"
            + "continue|of|see|estimate|expect|worry|concerned|worried)\\b", Pattern.CASE_INSENSITIVE);

    /** A capitalised name that does not open the sentence (where every word is capitalised). */
    static final Pattern INNER_NAME = Pattern.compile("(?<=\\S\\s)" + ClaimFinder.NAME);

    static final Set<String> NOT_NAMES = Set.of("The", "This", "That", "These", "Those", "In", "A", "An", "It",
            "He", "She", "They", "We", "I", "But", "And", "As", "Over", "Yet", "If", "When", "While", "After", "Before",
            "On", "At", "For", "With", "From", "By", "Of", "To", "Its", "His", "Her", "Their", "Our", "There", "Here",
            "However", "Meanwhile", "Last", "Next", "Mr", "Mrs", "Ms", "Dr", "Such", "Some", "Many", "Most", "All");

    static final Set<String> ORGANISATION_WORDS = Set.of("ministry", "office", "council", "commission", "bank",
            "university", "agency", "association", "department", "party", "government", "court", "police", "company",
            "group", "institute", "authority", "committee", "union", "service", "board", "federation", "organisation",
            "organization", "foundation", "trust", "corporation", "news", "times", "post", "inc", "ltd", "plc",
            "nations", "parliament", "congress", "senate", "house", "army", "league", "lines", "airlines", "airways",
            "railway", "railways", "motors", "holdings", "partners", "media", "labs", "society", "network");

    /** The named source a sentence gives for what it says, if any. */
    public static Optional<Source> named(String s) {
        return named(SearchText.of(s));
    }

    /** {@link #named(String)} of a sentence other patterns also read. */
    public static Optional<Source> named(SearchText shared) {
        String s = shared.text();
        GatedPattern.Finder m = ACCORDING_TO.finder(shared);
        if (m.find() && isName(m.group(1))) {
            return Optional.of(source(m.group(1)));
        }
        m = ACCORDING_TO_RECORD.finder(shared);
        if (m.find()) {
            return Optional.of(new Source(m.group(1).strip(), "document"));
        }
        m = DOCUMENT.finder(shared);
        if (ClaimFinder.hasWord(s, DOCUMENT_WORDS) && m.find() && isName(m.group(1))) {
            return Optional.of(new Source(clean(m.group(1)), "document"));
        }
        // The speaker patterns all end in a reporting verb; most sentences have none.
        boolean reportingVerb = ClaimFinder.hasWord(s, ClaimFinder.REPORTING_WORDS) && ClaimFinder.REPORTING_VERB.find(shared);
        Optional<Source> speaker = reportingVerb ? nameBeforeVerb(s) : Optional.empty();
        if (speaker.isEmpty() && VERB_THEN_NAME.mayMatch(shared)) {
            speaker = nameAfterVerb(shared);
        }
        if (speaker.isPresent()) {
            return speaker;
        }
        if (reportingVerb) {
            m = ROLE_THEN_VERB.finder(shared);
            if (m.find()) {
                return Optional.of(new Source(m.group(1).strip(), "institution"));
            }
        }
        m = VERB_THEN_ROLE.finder(shared);
        if (m.find()) {
            return Optional.of(new Source(m.group(1).strip(), "institution"));
        }
        m = STUDY_FOUND.finder(shared);
        if (m.find()) {
            return Optional.of(new Source(m.group(1).strip(), "document"));
        }
        return Optional.empty();
    }

    /** "Holt said", "Lib Dem elections chief Lord Rennard said", "..., said Mark Rutte" after a dateline. */
    private static Optional<Source> nameBeforeVerb(String s) {
        Matcher m = NAME_THEN_VERB.matcher(s);
        while (m.find()) {
            // "KYIV, 14 March (Reuters) – Fares will rise, said Mark Rutte": what looked like an
            // appositive was the sentence, and the speaker is the name right after the verb.
            // Not "Mark Rutte, the Dutch prime minister, told Reuters": there the name is the object.
            Matcher after = SPEAKER_AFTER.matcher(s).region(m.end(), s.length());
            if (m.group(2) != null && SPEAKER_FOLLOWS.matcher(m.group()).find() && !ROLE_APPOSITIVE.matcher(m.group(2)).find()
                    && after.lookingAt() && isName(after.group(1))) {
                return Optional.of(source(after.group(1)));
            }
            if (m.group(2) != null) {
                // "…, Lib Dem elections chief Lord Rennard said": with no comma before the verb, the
                // speaker is the name right before it. "The Victims of Crime Trust, Norman Brennan,
                // accused": an organisation's appositive that is a person is the speaker.
                Matcher last = NAME_AT_END.matcher(m.group(2));
                if (last.find() && isName(last.group(1))) {
                    Source appositive = source(last.group(1));
                    boolean noComma = m.group(3).isEmpty();
                    boolean personOfBody = appositive.kind().equals("named-person") && isName(m.group(1))
                            && source(m.group(1)).kind().equals("organisation")
                            && m.group(2).substring(1).strip().equals(last.group(1).strip());
                    if (noComma || personOfBody) {
                        return Optional.of(appositive);
                    }
                }
            }
            if (isName(m.group(1))) {
                return Optional.of(source(m.group(1)));
            }
        }
        return Optional.empty();
    }

    /** "said Maren Holt", "said Harbour Lines' finance director, Karim Adeyemi". */
    private static Optional<Source> nameAfterVerb(SearchText shared) {
        String s = shared.text();
        GatedPattern.Finder m = VERB_THEN_NAME.finder(shared);
        if (m.find() && !ClaimFinder.CLAUSE_WORD.matcher(m.group(1)).find()) {
            // "said Harbour Lines' finance director, Karim Adeyemi": a possessive names the
            // employer; the speaker is the next name.
            Matcher names = INNER_NAME.matcher(s);
            names.region(m.start(1), s.length()).useTransparentBounds(true);
            // The speaker follows the verb closely: "adds a layer of diplomacy, with U.S. teams" names none.
            int nearEnd = wordEnd(s, m.start(1), 6);
            while (names.find() && names.start() < nearEnd) {
                String candidate = names.group();
                if (isName(candidate) && !POSSESSIVE_END.matcher(candidate).matches()) {
                    return Optional.of(source(candidate));
                }
            }
        }
        return Optional.empty();
    }

    /** The offset just past the {@code words}-th word from {@code from}: a name must start before it. */
    static int wordEnd(String s, int from, int words) {
        Matcher word = NON_SPACE.matcher(s);
        word.region(from, s.length());
        int end = from;
        for (int i = 0; i < words && word.find(); i++) {
            end = word.end();
        }
        return end;
    }

    /** Capitalised at the start of a sentence, but nobody in particular. */
    static final Set<String> UNNAMED = Set.of("critics", "experts", "analysts", "observers", "sources",
            "officials", "insiders", "reports", "studies", "research", "commentators", "many", "people", "scientists",
            "some", "others", "residents", "campaigners", "economists", "investors", "diplomats", "witnesses");

    private static final Pattern NON_SPACE = Pattern.compile("\\S+");
    private static final Pattern POSSESSIVE_END = Pattern.compile(".*(?:['’]s|s['’])$");
    private static final Pattern TITLED_NAME = Pattern.compile("(?:Mr|Mrs|Ms|Dr)\\.?\\s+[A-Z].*");
    private static final Pattern FINAL_POSSESSIVE = Pattern.compile("['’]s$");
    private static final Pattern FINAL_STOP = Pattern.compile("[.,]$");
    private static final Pattern ACRONYM = Pattern.compile("[A-Z]{2,6}");

    static boolean isName(String candidate) {
        String name = clean(candidate);
        if (LEADING_NOT_NAME.contains(name)) {
            return false;
        }
        if (UNNAMED.contains(Words.splitOnWhitespace(name.toLowerCase(Locale.ROOT))[0])) {
            return false;
        }
        return !name.isEmpty() && !NOT_NAMES.contains(name) && !NOT_NAMES.contains(Words.splitOnWhitespace(name)[0])
                || TITLED_NAME.matcher(name).matches();
    }

    /** Capitalised words that can open a run of capitals without being part of the name: "But Mr Blair", "On Tuesday Mr Ebbers". */
    static final Set<String> LEADING_NOT_NAME = Set.of("But", "And", "Or", "So", "Yet", "On", "In", "At", "By",
            "For", "From", "With", "After", "Before", "Since", "Until", "When", "While", "Then", "Now", "Today",
            "Yesterday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
            "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
            "December", "Last", "Next", "This", "That", "The", "However", "Meanwhile", "Also", "Earlier", "Later");

    /** The name without a possessive, trailing punctuation, or leading words that are not part of it. */
    static String clean(String name) {
        String[] words = Words.splitOnWhitespace(FINAL_STOP.matcher(FINAL_POSSESSIVE.matcher(name.strip()).replaceAll("")).replaceAll(""));
        int first = 0;
        while (first < words.length - 1 && LEADING_NOT_NAME.contains(words[first])
                && Character.isUpperCase(words[first + 1].charAt(0))) {
            first++;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, first, words.length));
    }

    static Source source(String raw) {
        String name = clean(raw);
        boolean acronym = ACRONYM.matcher(name).matches();
        boolean organisation = acronym || java.util.Arrays.stream(Words.splitOnWhitespace(name.toLowerCase(Locale.ROOT)))
                .anyMatch(ORGANISATION_WORDS::contains);
        return new Source(name, organisation ? "organisation" : "named-person");
    }

    static Optional<String> vague(SearchText s) {
        Matcher m = VAGUE.matcher(s.text());
        return VAGUE.mayMatch(s) && m.find() ? Optional.of(m.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
    }
}
