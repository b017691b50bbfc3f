package dev.copydesk.analysis;

import dev.copydesk.language.Attribution;
import dev.copydesk.language.AttributionFinder;

import dev.copydesk.input.Block;
import dev.copydesk.input.Document;
import dev.copydesk.input.Scope;
import dev.copydesk.text.LanguageGuess;
import dev.copydesk.text.NormalizedText;
import dev.copydesk.text.Readability;
import dev.copydesk.text.ReadabilityCounter;
import dev.copydesk.text.Segmenter;
import dev.copydesk.text.Span;
import dev.copydesk.text.Stems;
import dev.copydesk.text.QuotationFinder;
import dev.copydesk.text.TextNormalizer;
import dev.copydesk.text.Token;
import dev.copydesk.text.Words;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Builds an {@link AnalyzedDocument}. Stateless and thread-safe. */
public final class Analyzer {
    /** Below this many words a single sentence's grade says nothing. */
    private static final int MIN_WORDS_FOR_SENTENCE_GRADE = 14;

    private static final java.util.concurrent.atomic.AtomicBoolean PREPARING = new java.util.concurrent.atomic.AtomicBoolean();

    /** A short article that uses every part of the language layer: a headline, a quote, a speaker, a claim. */
    private static final String WARM_UP = "Council approves bridge plan\n\nThe council said on Tuesday that the new "
            + "bridge would cost 40% more than planned. \"We will finish it,\" the mayor told reporters.\n";

    private Analyzer() {
    }

    /**
     * Starts loading the language layer (the part-of-speech model, the syllable and cue lists,
     * ICU's break rules) on a thread of its own, once per JVM. An auditor calls this before it
     * compiles its checks, so on a machine with a core to spare the models load meanwhile instead
     * of in front of the first document. It loads them by analysing a short built-in article and
     * drops the result, then loads what checks load when a document first needs it (the
     * look-alike table, character and script names, number formatting, message substitution:
     * 30 ms of an article with a mixed-script word, in front of its findings). Whatever goes wrong there, the first real document meets again; a model
     * missing from a broken build then fails as the class whose initialisation failed.
     */
    public static void prepareInBackground() {
        if (!PREPARING.compareAndSet(false, true)) {
            return;
        }
        Thread thread = new Thread(() -> {
            try {
                analyze(new dev.copydesk.input.ArticleReader().parse("warm-up.txt", dev.copydesk.input.InputFormat.TEXT,
                        WARM_UP.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "en");
                // What the checks load the first time a document needs it: look-alike tables, character
                // and script names, number formats, and the substitution that fills in every finding's message.
                dev.copydesk.text.Confusables.asciiReading("\u0430");
                dev.copydesk.text.CodePoints.describe(0x0430);
                com.ibm.icu.lang.UScript.getName(com.ibm.icu.lang.UScript.CYRILLIC);
                dev.copydesk.text.Decimals.oneDecimal(1.5);
                new org.apache.commons.text.StringSubstitutor(java.util.Map.of("match", "x"), "{", "}").replace("{match}");
            } catch (dev.copydesk.input.InputException | RuntimeException | Error ignored) {
                // Left for the first document, which reports it as its own failure.
            }
        }, "copydesk-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    /** @param fallbackLanguage used when the document declares none and none can be detected ({@code --lang}); may be null */
    public static AnalyzedDocument analyze(Document document, String fallbackLanguage) {
        // Declared (HTML lang, front matter), else detected, else --lang, else English.
        String language = document.language().map(Analyzer::primaryLanguage)
                .or(() -> LanguageGuess.of(sample(document)))
                .orElse(fallbackLanguage == null ? "en" : fallbackLanguage);
        Segmenter segmenter = new Segmenter(language);
        Stems stems = Stems.forLanguage(language);
        List<AnalyzedBlock> blocks = new ArrayList<>();
        // Linsear Write reads the first hundred words, a whole block at a time; it is given the
        // counts of those blocks' sentences as they are made.
        ReadabilityCounter linsearSample = new ReadabilityCounter(language);
        for (Block block : document.blocks()) {
            ReadabilityCounter sample = linsearSample.counts().words() < ReadabilityCounter.LINSEAR_SAMPLE ? linsearSample : null;
            blocks.add(analyzeBlock(blocks.size(), block, segmenter, stems, language, sample));
        }
        // Attribution knows English reporting only; other languages keep no frames and no claims.
        boolean english = "en".equals(language);
        List<Attribution> attributions = english ? attributions(blocks) : List.of();
        List<Claim> claims = english ? ClaimFrames.attach(ClaimFinder.find(blocks, document.links()), attributions, blocks)
                : List.of();
        return new AnalyzedDocument(document, language, blocks, metrics(blocks, language, linsearSample.linsearWrite()), claims, attributions);
    }

    private static List<Attribution> attributions(List<AnalyzedBlock> blocks) {
        List<Attribution> all = new ArrayList<>();
        AttributionFinder.find(blocks.stream().map(AnalyzedBlock::passage).toList()).forEach(all::addAll);
        return all;
    }

    /** @param linsearSample the document's Linsear Write sample, to add this block's sentences to; null when it is full */
    private static AnalyzedBlock analyzeBlock(int index, Block block, Segmenter segmenter, Stems stems,
            String language, ReadabilityCounter linsearSample) {
        String text = block.text().text();
        NormalizedText normalized = TextNormalizer.normalize(text);
        List<Token> tokens = segmenter.tokens(normalized.text());
        // A headline or list item is one sentence whatever its punctuation.
        List<Span> sentences = block.scope() == Scope.HEADLINE || block.scope() == Scope.HEADING
                ? List.of(new Span(0, text.length())) : segmenter.sentences(text);
        int[] sentenceWords = new int[sentences.size()];
        int words = 0;
        int s = 0;
        for (Token token : tokens) {
            if (!token.word()) {
                continue;
            }
            words++;
            int at = normalized.inputStart(token.start());
            while (s < sentences.size() - 1 && at >= sentences.get(s).end()) {
                s++;
            }
            if (!sentences.isEmpty()) {
                sentenceWords[s]++;
            }
        }
        List<String> tokenStems = tokens.stream().map(t -> t.word() ? stems.stem(t.text()) : t.text()).toList();
        Readability.Counts blockCounts = Readability.Counts.none();
        double[] grades = new double[sentences.size()];
        for (int i = 0; i < sentences.size(); i++) {
            ReadabilityCounter one = new ReadabilityCounter(language);
            one.addSentence(text, sentences.get(i));
            if (linsearSample != null) {
                linsearSample.addCounted(one);
            }
            Readability.Counts counts = one.counts();
            blockCounts = blockCounts.plus(counts);
            // Sentence grades are Flesch-Kincaid, an English formula with thresholds set on English news.
            grades[i] = counts.words() < MIN_WORDS_FOR_SENTENCE_GRADE || !"en".equals(language) ? 0
                    : Math.round(Readability.fleschKincaidGrade(counts) * 10) / 10.0;
        }
        return new AnalyzedBlock(index, block, normalized, tokens, tokenStems, sentences, QuotationFinder.quotations(text),
                sentenceWords, words, Words.isAscii(text), blockCounts, grades);
    }

    private static Map<String, Number> metrics(List<AnalyzedBlock> blocks, String language, double linsearWrite) {
        // Document counts are the blocks' counts added up; Linsear Write, which samples the first
        // hundred words, had a counter of its own over the first blocks (analyze).
        Readability.Counts c = Readability.Counts.none();
        int paragraphs = 0;
        int exclamations = 0;
        int allCaps = 0;
        for (AnalyzedBlock block : blocks) {
            exclamations += count(block.text(), '!');
            allCaps += allCapsWords(block);
            if (block.block().scope() == Scope.PARAGRAPH || block.block().scope() == Scope.LIST_ITEM
                    || block.block().scope() == Scope.QUOTE) {
                paragraphs++;
            }
            c = c.plus(block.readability());
        }
        Map<String, Number> m = new LinkedHashMap<>();
        m.put("words", c.words());
        m.put("sentences", c.sentences());
        m.put("paragraphs", paragraphs);
        m.put("syllables", c.syllables());
        m.put("letters", c.letters());
        m.put("characters", c.characters());
        m.put("complexWords", c.complexWords());
        m.put("polysyllables", c.polysyllables());
        m.put("monosyllables", c.monosyllables());
        m.put("longWords", c.longWords());
        m.put("exclamationMarks", exclamations);
        m.put("allCapsWords", allCaps);
        m.put("adverbsPer100Words", round(c.words() == 0 ? 0 : 100.0 * adverbs(blocks) / c.words()));
        m.put("wordsPerSentence", round(c.sentences() == 0 ? 0 : (double) c.words() / c.sentences()));
        putGrades(m, c, linsearWrite, language);
        return m;
    }

    /** The readability formulas' results: the English grades for every text, and a language's own formulas for it. */
    private static void putGrades(Map<String, Number> m, Readability.Counts c, double linsearWrite, String language) {
        // A school grade below zero means "easier than first grade"; reports show it as 0.
        double fk = grade(Readability.fleschKincaidGrade(c));
        double fog = grade(Readability.gunningFog(c));
        double smog = grade(Readability.smog(c));
        double cli = grade(Readability.colemanLiau(c));
        double ari = grade(Readability.automatedReadabilityIndex(c));
        double linsear = grade(linsearWrite);
        double forcast = grade(Readability.forcast(c));
        m.put("fleschReadingEase", round(Readability.fleschReadingEase(c)));
        m.put("fleschKincaidGrade", round(fk));
        m.put("gunningFog", round(fog));
        m.put("smog", round(smog));
        // SMOG was normed on 30 sentences; below that its grade is an extrapolation.
        m.put("smogProvisional", c.sentences() < 30 ? 1 : 0);
        m.put("colemanLiau", round(cli));
        m.put("ari", round(ari));
        m.put("linsearWrite", round(linsear));
        m.put("forcast", round(forcast));
        m.put("lix", round(Readability.lix(c)));
        m.put("consensusGrade", round(Readability.consensusGrade(fk, fog, smog, cli, ari, linsear, forcast)));
        switch (language) {
            case "de" -> {
                m.put("amstad", round(Readability.amstad(c)));
                m.put("wienerSachtextformel", round(Readability.wienerSachtextformel(c)));
            }
            case "es" -> {
                m.put("fernandezHuerta", round(Readability.fernandezHuerta(c)));
                m.put("szigrisztPazos", round(Readability.szigrisztPazos(c)));
            }
            case "fr" -> m.put("kandelMoles", round(Readability.kandelMoles(c)));
            case "nl" -> m.put("fleschDouma", round(Readability.fleschDouma(c)));
            case "it" -> m.put("gulpease", round(Readability.gulpease(c)));
            default -> {
                // English formulas above; others only for their language.
            }
        }
    }

    /** Words that are not adverbs for all their -ly ending. */
    private static final java.util.Set<String> NOT_ADVERBS = java.util.Set.of("only", "early", "family", "reply",
            "apply", "supply", "july", "italy", "holy", "daily", "weekly", "monthly", "yearly", "likely", "ugly",
            "rally", "ally", "belly", "bully", "jelly", "lily", "fly", "assembly", "anomaly", "homily",
            "friendly", "lonely", "lovely", "elderly", "costly", "deadly", "orderly", "timely", "silly", "holly",
            "kelly", "billy", "sally", "emily", "molly", "polly", "reilly", "oily", "hilly", "chilly", "jolly", "folly",
            "ply", "sly", "rely", "comply", "imply", "multiply", "monopoly", "melancholy", "nightly",
            "hourly", "quarterly", "manly", "womanly", "curly", "surly", "burly", "scaly", "wily", "bodily");

    /** Adverbs ending in -ly, the kind editors cut first. */
    private static int adverbs(List<AnalyzedBlock> blocks) {
        int count = 0;
        for (AnalyzedBlock block : blocks) {
            if (block.block().scope() == Scope.HEADLINE) {
                continue;
            }
            for (Token token : block.tokens()) {
                String t = token.text();
                if (token.word() && t.length() > 4 && t.endsWith("ly") && !NOT_ADVERBS.contains(t)) {
                    count++;
                }
            }
        }
        return count;
    }

    /** How many times {@code wanted} occurs in {@code text}. */
    private static int count(String text, char wanted) {
        int n = 0;
        for (int i = text.indexOf(wanted); i >= 0; i = text.indexOf(wanted, i + 1)) {
            n++;
        }
        return n;
    }

    /** Words of five or more letters written all in capitals (shorter ones are mostly acronyms). */
    private static int allCapsWords(AnalyzedBlock block) {
        int count = 0;
        for (Token token : block.tokens()) {
            if (isAllCapsWord(block, token)) {
                count++;
            }
        }
        return count;
    }

    /**
     * Whether {@code token} of {@code block} is a word of five or more letters written all in
     * capitals: shouting, where shorter ones are mostly acronyms.
     */
    public static boolean isAllCapsWord(AnalyzedBlock block, Token token) {
        if (!token.word() || token.end() - token.start() < 5) {
            return false;
        }
        var span = block.blockSpan(token.start(), token.end());
        String text = block.text();
        int letters = 0;
        for (int i = span.start(); i < span.end(); i++) { // every token of every block: no copy, no stream
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 5;
    }

    private static double grade(double value) {
        return Double.isFinite(value) ? Math.max(0, value) : 0;
    }

    private static double round(double value) {
        return Math.round(value * 100.0) / 100.0;
    }

    /** The first few thousand characters of the article, enough to guess its language. */
    private static String sample(Document document) {
        StringBuilder text = new StringBuilder();
        for (Block block : document.blocks()) {
            if (text.length() > 4000) {
                break;
            }
            text.append(block.text().text()).append(' ');
        }
        return text.toString();
    }

    private static String primaryLanguage(String tag) {
        String lower = tag.toLowerCase(Locale.ROOT);
        int dash = lower.indexOf('-');
        String primary = dash < 0 ? lower : lower.substring(0, dash);
        return primary.matches("[a-z]{2,3}") ? primary : "en";
    }
}
