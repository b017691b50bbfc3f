package dev.copydesk.input;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Plain text: the first non-blank line is the headline; blank lines separate paragraphs;
 * single line breaks inside a paragraph are spaces.
 */
final class PlainTextReader {
    private PlainTextReader() {
    }

    static List<Block> read(String text) {
        List<Block> blocks = new ArrayList<>();
        MappedTextBuilder paragraph = new MappedTextBuilder();
        boolean headlineTaken = false;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = lineEnd(text, lineStart);
            int next = nextLine(text, lineEnd);
            boolean blank = text.substring(lineStart, lineEnd).isBlank();
            if (blank) {
                headlineTaken |= flush(paragraph, blocks, headlineTaken);
            } else if (!headlineTaken) {
                paragraph.appendVerbatim(text, lineStart, lineEnd);
                headlineTaken |= flush(paragraph, blocks, false);
            } else {
                paragraph.appendSpace(lineStart > 0 ? lineStart - 1 : 0, lineStart);
                paragraph.appendVerbatim(text, lineStart, lineEnd);
            }
            if (next < 0) {
                break;
            }
            lineStart = next;
        }
        flush(paragraph, blocks, headlineTaken);
        return blocks;
    }

    static Optional<String> headline(List<Block> blocks) {
        return blocks.stream().filter(b -> b.scope() == Scope.HEADLINE).findFirst().map(b -> b.text().text());
    }

    /** Adds the pending paragraph, as the headline if none was taken yet; returns whether one was added. */
    private static boolean flush(MappedTextBuilder paragraph, List<Block> blocks, boolean headlineTaken) {
        if (paragraph.isBlank()) {
            return false;
        }
        blocks.add(new Block(headlineTaken ? Scope.PARAGRAPH : Scope.HEADLINE, paragraph.build()));
        paragraph.clear();
        return true;
    }

    private static int lineEnd(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    private static int nextLine(String text, int lineEnd) {
        if (lineEnd >= text.length()) {
            return -1;
        }
        return text.charAt(lineEnd) == '\r' && lineEnd + 1 < text.length() && text.charAt(lineEnd + 1) == '\n'
                ? lineEnd + 2 : lineEnd + 1;
    }
}
