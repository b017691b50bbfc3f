package dev.copydesk.check;

import com.ibm.icu.lang.UScript;
import dev.copydesk.analysis.AnalyzedBlock;
import dev.copydesk.analysis.AnalyzedDocument;
import dev.copydesk.rule.Rule;
import dev.copydesk.text.Confusables;
import dev.copydesk.text.Span;
import dev.copydesk.text.Words;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Words written wholly in another script that spell a Latin word ({@code раураӏ}, all
 * Cyrillic, reads "paypal") inside Latin text. Quiet when the document also uses that script
 * for letters with no Latin look-alike, i.e. really contains text in that language, and for
 * scripts the run allows.
 */
final class WholeScriptConfusableCheck implements Check {
    private static final int MIN_LETTERS = 3;

    private final Rule rule;
    private final CheckSettings settings;

    WholeScriptConfusableCheck(Rule rule, CheckSettings settings) {
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
            for (Span span : Words.of(text)) {
                String word = text.substring(span.start(), span.end());
                int script = singleForeignScript(word);
                if (script < 0 || settings.allows(script) || word.codePointCount(0, word.length()) < MIN_LETTERS) {
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
