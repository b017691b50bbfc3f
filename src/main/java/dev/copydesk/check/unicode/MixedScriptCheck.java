package dev.copydesk.check.unicode;

import com.ibm.icu.lang.UScript;
import dev.copydesk.analysis.AnalyzedBlock;
import dev.copydesk.check.CheckSettings;
import dev.copydesk.check.Findings;
import dev.copydesk.rule.Rule;
import dev.copydesk.text.CodePoints;
import dev.copydesk.text.Confusables;
import dev.copydesk.text.Span;
import dev.copydesk.text.Words;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Words that mix Latin letters with letters of another script that imitate Latin ones
 * ({@code pаypаl} with Cyrillic а): brand spoofing and filter evasion. Words that mix scripts
 * without look-alikes ("Javaを学ぶ") are ordinary, and so are letters of scripts the run allows. The detail lists each foreign letter, its
 * script and the letter it imitates.
 */
public final class MixedScriptCheck extends UnicodeBlockCheck {
    private final CheckSettings settings;

    public MixedScriptCheck(Rule rule, CheckSettings settings) {
        super(rule);
        this.settings = settings;
    }

    @Override
    void check(AnalyzedBlock block, Findings findings) {
        String text = block.text();
        for (Span word : Words.of(text)) {
            check(block, text.substring(word.start(), word.end()), word, findings);
        }
    }

    private void check(AnalyzedBlock block, String word, Span span, Findings findings) {
        boolean latin = false;
        List<String> impostors = new ArrayList<>();
        StringBuilder reading = new StringBuilder();
        for (int i = 0; i < word.length(); i += Character.charCount(word.codePointAt(i))) {
            int cp = word.codePointAt(i);
            if (Character.isLetter(cp) && UScript.getScript(cp) == UScript.LATIN) {
                latin = true;
            }
            int lookalike = settings.allows(UScript.getScript(cp)) ? -1 : Confusables.latinLookalike(cp);
            if (lookalike >= 0) {
                impostors.add(CodePoints.describe(cp) + " (" + UScript.getName(UScript.getScript(cp)) + ") imitates '"
                        + (char) lookalike + "'");
                reading.append((char) lookalike);
            } else {
                reading.appendCodePoint(cp);
            }
        }
        if (!latin || impostors.isEmpty()) {
            return;
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("reads", reading.toString());
        detail.put("letters", impostors);
        findings.report(rule, block, span, Map.of("reads", reading.toString(), "names", String.join("; ", impostors)),
                detail);
    }
}
