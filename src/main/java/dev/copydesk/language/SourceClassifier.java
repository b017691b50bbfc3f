package dev.copydesk.language;

import java.util.Set;

/**
 * The kind of a source noun phrase, from its head noun, its determiner and its capitals. Word
 * lists here are the project's own: heads that name documents and data, heads of groups whose
 * members go unnamed, and words that mark a name as an organisation's.
 */
final class SourceClassifier {
    static final Set<String> DOCUMENT_HEADS = Set.copyOf(java.util.List.of("report", "reports", "study", "studies", "poll", "polls", "survey",
            "surveys", "data", "figures", "statistics", "stats", "analysis", "analyses", "memo", "letter", "statement",
            "document", "documents", "filing", "filings", "records", "record", "research", "paper", "review", "audit",
            "census", "index", "estimate", "estimates", "forecast", "projections", "numbers", "count", "tally", "results",
            "findings", "article", "editorial", "tweet", "email", "emails", "website", "advert",
            "video", "release", "transcript", "complaint", "lawsuit", "indictment", "ruling", "judgment", "verdict",
            "assessment", "inquiry", "investigation", "probe", "model", "calculations", "evidence", "footage", "page",
            "book", "column", "testimony", "minutes", "guidance", "guidelines", "chart", "graph", "table"));
    /** Plural heads whose members go unnamed: a reader cannot ask any one of them. */
    static final Set<String> VAGUE_HEADS = Set.copyOf(java.util.List.of("experts", "critics", "analysts", "observers", "commentators",
            "campaigners", "conservationists", "scientists", "researchers", "economists", "academics", "scholars",
            "people", "many", "some", "others", "most", "few", "several", "insiders", "activists", "advocates",
            "opponents", "detractors", "skeptics", "sceptics", "pundits", "historians", "doctors", "lawyers",
            "specialists", "studies", "observers", "watchers", "veterans", "voices", "supporters", "fans", "users",
            "parents", "residents", "locals", "americans", "britons", "citizens", "taxpayers", "consumers", "investors",
            "traders", "strategists", "pollsters", "democrats", "republicans", "conservatives", "liberals", "progressives",
            "everyone", "everybody", "nobody", "somebody", "someone", "anyone", "all", "both", "participants",
            "attendees", "delegates", "leaders", "figures", "observers", "commentators", "insiders", "wisdom"));
    /** Heads that stand for a person left unnamed: "a senior official", "one source", "officials". */
    static final Set<String> ANONYMOUS_HEADS = Set.copyOf(java.util.List.of("official", "officials", "source", "sources", "aide", "aides",
            "diplomat", "diplomats", "insider", "person", "people", "minister", "ministers", "employee", "employees",
            "staffer", "staffers", "adviser", "advisers", "advisor", "advisors", "spokesman", "spokeswoman",
            "spokesperson", "member", "members", "researcher", "executive", "executives", "lawmaker", "lawmakers",
            "officer", "officers", "investigator", "investigators", "witness", "witnesses", "resident", "worker",
            "workers", "operative", "operatives", "strategist", "donor", "donors", "ally", "allies", "confidant",
            "friend", "friends", "associate", "associates", "colleague", "colleagues", "observer", "analyst", "expert",
            "critic", "scientist", "economist", "doctor", "lawyer", "teacher", "voter", "voters"));
    private static final Set<String> QUANTITY_HEADS = Set.of("%", "percent", "majority", "minority", "half", "third",
            "quarter", "plurality");
    /** "A spokesman for Dell", "an EU spokeswoman": the named body's own voice, not an anonymous source. */
    private static final Set<String> SPOKESPEOPLE = Set.of("spokesman", "spokeswoman", "spokesperson", "representative",
            "statement");
    private static final Set<String> INDEFINITE = Set.copyOf(java.util.List.of("a", "an", "one", "some", "many", "several", "few", "most",
            "other", "another", "certain", "two", "three", "various", "numerous", "multiple", "unnamed", "anonymous",
            "senior", "top", "any"));
    private static final Set<String> ORGANISATION_WORDS = Set.copyOf(java.util.List.of("party", "ministry", "department", "council", "inc", "inc.",
            "corp", "corp.", "company", "association", "union", "university", "office", "agency", "bank", "commission",
            "committee", "court", "government", "police", "times", "post", "news", "journal", "institute", "foundation",
            "board", "service", "services", "group", "campaign", "administration", "house", "senate", "congress",
            "parliament", "cnn", "bbc", "reuters", "msnbc", "fox", "nbc", "abc", "cbs", "npr", "ap", "afp", "bureau",
            "authority", "organisation", "organization", "centre", "center", "network", "federation", "fund", "trust",
            "society", "league", "coalition", "alliance", "club", "school", "hospital", "pac", "fbi", "cia", "nato",
            "un", "eu", "who", "imf", "gop", "dnc", "rnc", "pentagon", "kremlin", "whitehouse", "treasury", "fed"));
    private static final Set<String> PERSON_TITLES = Set.copyOf(java.util.List.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sen.",
            "sen", "senator", "rep.", "gov.", "governor", "president", "minister", "secretary", "judge", "prof",
            "prof.", "professor", "sir", "lord", "lady", "chancellor", "mayor", "king", "queen", "prince", "pope"));

    private SourceClassifier() {
    }

    /** The kind of the noun phrase {@code [from, to)} of {@code s}. */
    static SourceKind classify(TaggedSentence s, int from, int to) {
        if (to - from == 1 && (s.isTag(from, "PRON") || pronounKind(s.lower(from)) == SourceKind.VAGUE)) {
            return pronounKind(s.lower(from)); // "some say", "most agree": whatever the tagger calls "some"
        }
        int head = head(s, from, to);
        // A name heads the phrase: "Ukrainian leaders" and "the French heads of state" are groups, not people.
        boolean proper = s.isTag(head, "PROPN") && !VAGUE_HEADS.contains(s.lower(head)) && !ANONYMOUS_HEADS.contains(s.lower(head));
        boolean organisation = false;
        for (int i = from; i < to; i++) {
            // Only a name makes an organisation ("the Audit Office", "Reuters"); "the police" is an institution's role.
            organisation |= ORGANISATION_WORDS.contains(s.lower(i)) && s.isTag(i, "PROPN");
        }
        if (DOCUMENT_HEADS.contains(s.lower(head)) && !s.isTag(head, "PROPN")) {
            return SourceKind.DOCUMENT; // "the report"; not "Larry Page"
        }
        return proper ? namedKind(s, from, to, organisation) : unnamedKind(s, from, to, head, organisation);
    }

    /** The word that heads the phrase: its last noun, the one before a preposition, or a name after a comma. */
    private static int head(TaggedSentence s, int from, int to) {
        int head = to - 1;
        while (head > from && (s.isTag(head, "PUNCT") || s.isTag(head, "ADP") || s.isTag(head, "PART"))) {
            head--;
        }
        // "director at Schumer's": the phrase before a preposition carries the head
        for (int i = from; i < to; i++) {
            if (s.isTag(i, "ADP") || s.isWord(i, ",")) {
                head = Math.max(from, i - 1);
                break;
            }
        }
        int last = to - 1;
        while (last > from && s.isTag(last, "PUNCT")) {
            last--;
        }
        if (!s.isTag(head, "PROPN") && s.isTag(last, "PROPN") && commaBefore(s, from, last)) {
            head = last; // "the council's chief engineer, Maren Holt": the name after the comma heads it
        }
        return head;
    }

    private static SourceKind namedKind(TaggedSentence s, int from, int to, boolean organisation) {
        boolean title = false;
        for (int i = from; i < to; i++) {
            title |= PERSON_TITLES.contains(s.lower(i));
        }
        if (title) {
            return SourceKind.PERSON;
        }
        boolean theName = s.lower(from).equals("the") && to - from <= 4;
        for (int i = from + 1; i < to && theName; i++) {
            theName = s.isTag(i, "PROPN");
        }
        // "the Gazette", "the Kremlin": a name with "the" is a body, not a person
        return organisation || theName ? SourceKind.ORGANISATION : SourceKind.PERSON;
    }

    private static SourceKind unnamedKind(TaggedSentence s, int from, int to, int head, boolean organisation) {
        String headWord = s.lower(head);
        String determiner = s.lower(from);
        boolean namesSomeone = false;
        for (int i = from; i < to; i++) {
            namesSomeone |= s.isTag(i, "PROPN");
        }
        if (QUANTITY_HEADS.contains(headWord) || s.isTag(head, "NUM")) {
            return SourceKind.ROLE; // "52% said", "a majority said": a poll's respondents, the poll being the source
        }
        if (INDEFINITE.contains(determiner)) {
            // "some major tech firms", "several banks": a group nobody can ask; "a senior official": one unnamed person
            boolean plural = headWord.endsWith("s") && !headWord.endsWith("ss") || VAGUE_HEADS.contains(headWord);
            if ((plural || SPOKESPEOPLE.contains(headWord)) && namesSomeone) {
                return SourceKind.ROLE; // "three conservationists at the Fenland Trust": a group a reader can find
            }
            return plural && !ANONYMOUS_HEADS.contains(headWord) || VAGUE_HEADS.contains(headWord) && plural
                    ? SourceKind.VAGUE : SourceKind.ANONYMOUS;
        }
        if (namesSomeone && (headWord.endsWith("s") || SPOKESPEOPLE.contains(headWord))) {
            return SourceKind.ROLE; // "academics from the Institute of Education": a group a reader can find
        }
        boolean bare = !s.isTag(from, "DET") && !s.isWord(from, "the") && !possessive(s, from, to);
        if (bare && VAGUE_HEADS.contains(headWord)) {
            return SourceKind.VAGUE;
        }
        if (bare && ANONYMOUS_HEADS.contains(headWord)) {
            return SourceKind.ANONYMOUS;
        }
        if (VAGUE_HEADS.contains(headWord) && (to - from == 1 || INDEFINITE.contains(determiner))) {
            return SourceKind.VAGUE;
        }
        return organisation ? SourceKind.ORGANISATION : SourceKind.ROLE;
    }

    private static boolean commaBefore(TaggedSentence s, int from, int last) {
        for (int i = last - 1; i > from; i--) {
            if (s.isWord(i, ",")) {
                return true;
            }
            if (!s.isTag(i, "PROPN")) {
                return false;
            }
        }
        return false;
    }

    private static boolean possessive(TaggedSentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.isWord(i, "'s", "'") || s.isTag(i, "PRON") && s.isWord(i, "his", "her", "their", "its", "our", "my")) {
                return true;
            }
        }
        return false;
    }

    static SourceKind pronounKind(String pronoun) {
        return switch (pronoun) {
            case "i", "we", "me", "us" -> SourceKind.AUTHOR;
            case "some", "many", "others", "most", "few", "several", "all", "both", "everyone", "everybody", "nobody",
                    "someone", "somebody", "anyone" -> SourceKind.VAGUE;
            default -> SourceKind.UNRESOLVED;
        };
    }
}
