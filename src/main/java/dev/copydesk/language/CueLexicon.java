package dev.copydesk.language;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The verbs that attribute speech, thought, findings, intentions and stances to a source, by
 * lemma, with every inflected form. Written for this project from the categories of reporting
 * verbs in the attribution literature (speech, cognition, evidence, intention, evaluation); the
 * forms come from English inflection rules and a table of irregular verbs.
 */
public final class CueLexicon {
    /** What a cue verb attributes. */
    public enum Kind { SPEECH, THOUGHT, EVIDENCE, INTENTION, STANCE }

    private static final Map<Kind, List<String>> LEMMAS = Map.of(
            Kind.SPEECH, List.of("say", "tell", "add", "write", "ask", "note", "report", "announce", "explain",
                    "claim", "argue", "insist", "reply", "respond", "answer", "declare", "acknowledge", "admit", "concede",
                    "confirm", "deny", "warn", "urge", "tweet", "post", "recall", "describe", "comment", "remark", "mention",
                    "observe", "stress", "emphasize", "emphasise", "predict", "promise", "pledge", "vow", "threaten",
                    "assure", "allege", "contend", "testify", "complain", "joke", "quip", "boast", "brag",
                    "counter", "retort", "shout", "yell", "whisper", "muse", "wonder", "question", "hint", "imply",
                    "reveal", "disclose", "inform", "recommend", "propose", "demand", "cite", "quote",
                    "repeat", "reiterate", "conclude", "estimate", "forecast", "calculate", "caution", "concur", "disagree",
                    "agree", "acknowledge", "lament", "protest", "proclaim", "assert", "affirm", "speculate", "surmise",
                    "theorize", "theorise", "remind", "point", "call", "brief", "concede", "clarify", "elaborate",
                    "exclaim", "interject", "mutter", "ask", "plead", "beg", "appeal", "signal", "indicate", "tout",
                    "predict", "project", "underline", "highlight", "acknowledge", "dispute", "rebut",
                    "refute", "challenge", "contradict", "correct", "summarize", "summarise", "characterize", "characterise",
                    "label", "brand", "dub", "term", "conclude", "detail", "outline", "talk", "discuss", "express", "echo", "refer",
                    "email", "retweet", "chant", "recount", "portray", "invoke", "rail", "lash", "weigh",
                    "reference", "bemoan", "reaffirm", "apologize", "apologise", "recite", "narrate", "relay", "convey",
                    "telegraph", "broadcast", "preach", "lecture", "vent", "gush", "rave", "fume", "scoff",
                    "sneer", "snap", "deem", "focus", "encourage", "advise", "speak"),
            Kind.THOUGHT, List.of("think", "believe", "feel", "know", "doubt", "suspect", "assume", "consider", "worry",
                    "fear", "expect", "presume", "reckon", "suppose", "understand", "realize", "realise", "recognize",
                    "recognise", "imagine", "guess", "figure", "bet", "trust", "sense", "acknowledge", "see", "view",
                    "regard", "hold", "insist", "conclude", "wonder", "accept"),
            Kind.EVIDENCE, List.of("show", "find", "suggest", "reveal", "indicate", "demonstrate", "confirm", "conclude", "estimate", "project", "document", "detail", "put", "find", "measure", "record", "rank",
                    "list", "count", "identify", "determine", "establish", "conclude"),
            Kind.INTENTION, List.of("want", "plan", "hope", "seek", "refuse", "decline", "intend", "aim", "wish",
                    "promise", "vow", "pledge", "threaten", "offer", "prefer", "demand", "request", "order", "instruct"),
            Kind.STANCE, List.of("support", "oppose", "endorse", "criticize", "criticise", "praise", "accuse", "blame",
                    "attack", "defend", "back", "welcome", "reject", "dismiss", "condemn", "blast", "slam", "applaud",
                    "decry", "denounce", "hail", "laud", "mock", "ridicule", "question", "credit", "fault", "thank",
                    "congratulate", "commend", "lambaste", "chide", "scold", "rebuke", "knock", "assail", "pan", "tout",
                    "champion", "favor", "favour", "disparage", "insult", "taunt", "warn"));

    /** Verbs whose object is the person spoken to, with the content after it ("told reporters that ..."). */
    private static final Set<String> RECIPIENT_VERBS = Set.of("tell", "ask", "inform", "assure", "warn", "urge", "remind",
            "brief", "promise", "caution", "thank");

    private static final Map<String, String[]> IRREGULAR = Map.ofEntries(
            Map.entry("say", new String[] {"said"}), Map.entry("tell", new String[] {"told"}),
            Map.entry("write", new String[] {"wrote", "written"}), Map.entry("think", new String[] {"thought"}),
            Map.entry("feel", new String[] {"felt"}), Map.entry("know", new String[] {"knew", "known"}),
            Map.entry("find", new String[] {"found"}), Map.entry("show", new String[] {"showed", "shown"}),
            Map.entry("see", new String[] {"saw", "seen"}), Map.entry("hold", new String[] {"held"}),
            Map.entry("understand", new String[] {"understood"}), Map.entry("mean", new String[] {"meant"}),
            Map.entry("seek", new String[] {"sought"}), Map.entry("bet", new String[] {"bet"}),
            Map.entry("put", new String[] {"put"}), Map.entry("forecast", new String[] {"forecast"}),
            Map.entry("speak", new String[] {"spoke", "spoken"}), Map.entry("hear", new String[] {"heard"}));

    private static final Map<String, String> FORM_TO_LEMMA = new HashMap<>();
    private static final Map<String, Kind> LEMMA_KIND = new HashMap<>();

    static {
        for (Kind kind : Kind.values()) {
            for (String lemma : LEMMAS.get(kind)) {
                LEMMA_KIND.putIfAbsent(lemma, kind);
                for (String form : forms(lemma)) {
                    FORM_TO_LEMMA.putIfAbsent(form, lemma);
                }
            }
        }
    }

    private CueLexicon() {
    }

    /** The lemma of a cue verb form ("said" to "say"), or null when the word is no cue verb. */
    public static String lemma(String word) {
        return FORM_TO_LEMMA.get(word.toLowerCase(Locale.ROOT).replace('’', '\''));
    }

    public static Kind kind(String lemma) {
        return LEMMA_KIND.get(lemma);
    }

    public static boolean takesRecipient(String lemma) {
        return RECIPIENT_VERBS.contains(lemma);
    }

    static List<String> forms(String lemma) {
        java.util.List<String> forms = new java.util.ArrayList<>();
        forms.add(lemma);
        forms.add(thirdPerson(lemma));
        forms.add(ing(lemma));
        String[] irregular = IRREGULAR.get(lemma);
        if (irregular != null) {
            forms.addAll(List.of(irregular));
        } else {
            forms.add(past(lemma));
        }
        return forms;
    }

    private static boolean consonant(char c) {
        return "aeiou".indexOf(c) < 0;
    }

    private static String thirdPerson(String v) {
        if (v.endsWith("s") || v.endsWith("sh") || v.endsWith("ch") || v.endsWith("x") || v.endsWith("z") || v.endsWith("o")) {
            return v + "es";
        }
        if (v.endsWith("y") && consonant(v.charAt(v.length() - 2))) {
            return v.substring(0, v.length() - 1) + "ies";
        }
        return v + "s";
    }

    private static String past(String v) {
        if (v.endsWith("e")) {
            return v + "d";
        }
        if (v.endsWith("y") && consonant(v.charAt(v.length() - 2))) {
            return v.substring(0, v.length() - 1) + "ied";
        }
        if (doublesFinal(v)) {
            return v + v.charAt(v.length() - 1) + "ed";
        }
        return v + "ed";
    }

    private static String ing(String v) {
        if (v.endsWith("ie")) {
            return v.substring(0, v.length() - 2) + "ying";
        }
        if (v.endsWith("e") && !v.endsWith("ee") && v.length() > 2) {
            return v.substring(0, v.length() - 1) + "ing";
        }
        if (doublesFinal(v)) {
            return v + v.charAt(v.length() - 1) + "ing";
        }
        return v + "ing";
    }

    /** One-syllable consonant-vowel-consonant verbs double the last letter: plan, planned; bet, betting. */
    private static boolean doublesFinal(String v) {
        Set<String> doubling = Set.of("plan", "bet", "beg", "pan", "dub", "chat", "admit", "commit", "regret", "rebut",
                "refer", "prefer", "occur", "concur", "label", "counter", "quip", "slam", "snap", "scoff", "stop");
        if (v.equals("label") || v.equals("counter")) {
            return false;
        }
        return doubling.contains(v);
    }
}
