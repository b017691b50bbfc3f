package dev.copydesk.report.html;

import com.ibm.icu.text.UnicodeSet;
import dev.copydesk.text.CodePoints;
import org.jsoup.nodes.Element;

/**
 * Appends text to a report element so that nothing in it is hidden: invisible, bidi-control
 * and control characters become labelled badges ({@code ⟨U+200B⟩}), so the report shows what
 * the machine reads and no control character can reorder or hide what follows it. Text is
 * added as text nodes, which Jsoup escapes.
 */
final class VisibleText {
    static final UnicodeSet HIDDEN = new UnicodeSet(
            "[[:Default_Ignorable_Code_Point:][:Bidi_Control:][[:Cc:]-[\\t\\n\\r]][:Noncharacter_Code_Point:]"
                    + "[\\u2028\\u2029]]").freeze();

    private VisibleText() {
    }

    /** The text with every hidden character written as {@code [U+XXXX]}, for attributes and titles. */
    static String escaped(String text) {
        if (HIDDEN.containsNone(text)) {
            return text;
        }
        StringBuilder b = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (HIDDEN.contains(cp)) {
                b.append('[').append(CodePoints.hex(cp)).append(']');
            } else {
                b.appendCodePoint(cp);
            }
        });
        return b.toString();
    }

    static void append(Element parent, String text) {
        int from = 0;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (HIDDEN.contains(cp)) {
                if (i > from) {
                    parent.appendText(text.substring(from, i));
                }
                parent.appendElement("span").attr("class", "inv").attr("title", CodePoints.describe(cp))
                        .text(CodePoints.hex(cp));
                from = next;
            }
            i = next;
        }
        if (from < text.length()) {
            parent.appendText(text.substring(from));
        }
    }
}
