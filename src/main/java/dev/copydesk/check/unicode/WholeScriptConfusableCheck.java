package dev.copydesk.check.unicode;

import com.ibm.icu.lang.UScript;
import dev.copydesk.analysis.AnalyzedBlock;
import dev.copydesk.analysis.AnalyzedDocument;
import dev.copydesk.check.Check;
import dev.copydesk.check.CheckSettings;
import dev.copydesk.check.Findings;
import dev.copydesk.rule.Rule;
import dev.copydesk.text.Confusables;
import dev.copydesk.text.Span;
import dev.copydesk.text.Words;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Words written wholly in another script that spell a Latin word ({@code раураӏ}, all
 * Cyrillic, reads "paypal") inside Latin text; a word of one or two letters ("а" for "a")
 * only between Latin words. Quiet when the document also uses that script
 * for letters with no Latin look-alike, i.e. really contains text in that language, and for
 * scripts the run allows.
 */
public final class WholeScriptConfusableCheck implements Check {
    private static final int MIN_LETTERS = 3;

    private final Rule rule;
    private final CheckSettings settings;

    public WholeScriptConfusableCheck(Rule rule, CheckSettings settings) {
        this.rule = rule;
        this.settings = settings;
    }

    @Override
    public void run(AnalyzedDocument document, Findings findings) {
        BitSet genuineScripts = null;
        for (AnalyzedBlock block : document.blocks()) {
            if (block.ascii()) {
                continue;
            }
            String text = block.text();
            java.util.List<Span> words = Words.of(text);
            for (int w = 0; w < words.size(); w++) {
                Span span = words.get(w);
                String word = text.substring(span.start(), span.end());
                int script = singleForeignScript(word);
                if (script < 0 || settings.allows(script)) {
                    continue;
                }
                if (word.codePointCount(0, word.length()) < MIN_LETTERS
                        && (script == UScript.GREEK || !amongLatinWords(text, words, w))) {
                    // "а" alone is a word in Russian: only a Latin word on each side makes it a disguise.
                    // Greek letters alone are symbols in Latin text ("α-helix", "β = 0.3"), not disguises.
                    continue;
                }
                String reading = Confusables.asciiReading(word);
                if (reading == null || !latinDominant(text)) {
                    continue;
                }
                if (genuineScripts == null) {
                    genuineScripts = genuineScripts(document);
                }
                if (genuineScripts.get(script)) {
                    continue;
                }
                Map<String, Object> detail = new LinkedHashMap<>();
                detail.put("reads", reading);
                detail.put("script", UScript.getName(script));
                findings.report(rule, block, span, Map.of("reads", reading, "names", UScript.getName(script)), detail);
            }
        }
    }

    /** Whether the words on both sides of word {@code w} are written in Latin letters: "This is а test". */
    private static boolean amongLatinWords(String text, java.util.List<Span> words, int w) {
        return w > 0 && w + 1 < words.size() && latinWord(text, words.get(w - 1)) && latinWord(text, words.get(w + 1));
    }

    private static boolean latinWord(String text, Span span) {
        return text.substring(span.start(), span.end()).codePoints().filter(Character::isLetter)
                .allMatch(cp -> UScript.getScript(cp) == UScript.LATIN)
                && text.substring(span.start(), span.end()).codePoints().anyMatch(Character::isLetter);
    }

    /** The one non-Latin script of every letter of {@code word}, or -1. */
    private static int singleForeignScript(String word) {
        int script = -1;
        for (int i = 0; i < word.length(); i += Character.charCount(word.codePointAt(i))) {
            int cp = word.codePointAt(i);
            int s = UScript.getScript(cp);
            // Common covers styled math letters, which have their own rule.
            if (!Character.isLetter(cp) || s == UScript.LATIN || s == UScript.COMMON || s == UScript.INHERITED
                    || script >= 0 && s != script) {
                return -1;
            }
            script = s;
        }
        return script;
    }

    private static boolean latinDominant(String text) {
        long latin = text.codePoints().filter(cp -> Character.isLetter(cp) && UScript.getScript(cp) == UScript.LATIN).count();
        long letters = text.codePoints().filter(Character::isLetter).count();
        return latin * 2 > letters;
    }

    /** Scripts the document uses with letters that imitate nothing Latin: real text in that script. */
    private static BitSet genuineScripts(AnalyzedDocument document) {
        BitSet scripts = new BitSet();
        for (AnalyzedBlock block : document.blocks()) {
            block.text().codePoints().filter(Character::isLetter).filter(cp -> cp >= 0x80)
                    .filter(cp -> Confusables.latinLookalike(cp) < 0)
                    .forEach(cp -> scripts.set(UScript.getScript(cp)));
        }
        scripts.clear(UScript.LATIN);
        return scripts;
    }
}
