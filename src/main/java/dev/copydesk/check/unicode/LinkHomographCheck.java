package dev.copydesk.check.unicode;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.IDNA;
import dev.copydesk.analysis.AnalyzedBlock;
import dev.copydesk.analysis.AnalyzedDocument;
import dev.copydesk.check.Check;
import dev.copydesk.check.Findings;
import dev.copydesk.input.Link;
import dev.copydesk.rule.Rule;
import dev.copydesk.text.Confusables;
import dev.copydesk.text.Span;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links (HTML links and URLs written in the text) whose host name imitates a Latin one:
 * Latin mixed with look-alike letters of another script ({@code аpple.com}), a label wholly
 * spelled in look-alikes, or invisible characters that IDNA silently drops. The detail gives
 * the Punycode name the browser really visits. Single-script names such as {@code müller.de}
 * or {@code президент.рф} are ordinary.
 */
public final class LinkHomographCheck implements Check {
    private static final Pattern URL = Pattern.compile("\\bhttps?://([^\\s/:?#<>\"]+)", Pattern.CASE_INSENSITIVE);
    private static final IDNA IDNA_TO_ASCII = IDNA.getUTS46Instance(IDNA.NONTRANSITIONAL_TO_ASCII);
    private static final IDNA IDNA_TO_UNICODE = IDNA.getUTS46Instance(IDNA.NONTRANSITIONAL_TO_UNICODE);

    private final Rule rule;

    public LinkHomographCheck(Rule rule) {
        this.rule = rule;
    }

    @Override
    public void run(AnalyzedDocument document, Findings findings) {
        for (Link link : document.document().links()) {
            Matcher m = URL.matcher(link.href());
            if (m.lookingAt() && problem(m.group(1)) != null) {
                AnalyzedBlock block = document.blocks().get(link.block());
                report(block, new Span(link.blockStart(), link.blockEnd()), m.group(1), findings);
            }
        }
        for (AnalyzedBlock block : document.blocks()) {
            if (block.ascii() && !block.text().toLowerCase(java.util.Locale.ROOT).contains("xn--")) {
                continue;
            }
            Matcher m = URL.matcher(block.text());
            while (m.find()) {
                if (problem(m.group(1)) != null) {
                    report(block, new Span(m.start(1), m.end(1)), m.group(1), findings);
                }
            }
        }
    }

    /** Why {@code host} is a homograph, or null if it is not. */
    static String problem(String host) {
        for (String written : host.split("[.\u3002\uFF0E]")) {
            // Punycode (xn--) is what address bars and CMS link fields show: judge the name it stands for.
            String label = written;
            if (written.regionMatches(true, 0, "xn--", 0, 4)) {
                StringBuilder unicode = new StringBuilder();
                IDNA.Info info = new IDNA.Info();
                IDNA_TO_UNICODE.labelToUnicode(written, unicode, info);
                if (!info.hasErrors()) {
                    label = unicode.toString();
                }
            }
            boolean latin = false;
            boolean lookalike = false;
            boolean invisible = false;
            for (int i = 0; i < label.length(); i += Character.charCount(label.codePointAt(i))) {
                int cp = label.codePointAt(i);
                latin |= Character.isLetter(cp) && UScript.getScript(cp) == UScript.LATIN;
                lookalike |= Confusables.latinLookalike(cp) >= 0;
                invisible |= UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT);
            }
            if (invisible) {
                return "invisible characters in the host name";
            }
            if (lookalike && latin) {
                return "Latin mixed with look-alike letters of another script";
            }
            if (lookalike && Confusables.asciiReading(label) != null) {
                return "a label spelled wholly in look-alike letters";
            }
        }
        return null;
    }

    private void report(AnalyzedBlock block, Span span, String host, Findings findings) {
        StringBuilder ascii = new StringBuilder();
        IDNA.Info info = new IDNA.Info();
        IDNA_TO_ASCII.nameToASCII(host, ascii, info);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("host", host);
        detail.put("visits", ascii.toString());
        detail.put("problem", problem(host));
        findings.report(rule, block, span, Map.of("reads", ascii.toString(), "names", problem(host)), detail);
    }
}
