package dev.copydesk.language;

import dev.copydesk.text.Span;
import java.util.List;
import java.util.Optional;

/**
 * One attribution frame: who ({@code source}), the words that attribute ({@code cue}: "said",
 * "according to", "told reporters"), and what is attributed ({@code content}, one span or
 * several when the content is split around the tag). Spans are block-text offsets of block
 * {@code block}.
 *
 * @param source     the source phrase, empty for a passive with no agent ("it was reported")
 * @param kind       what kind of source it is; for a pronoun, the kind of what it refers to
 * @param sourceName the source as a reader would name it: the phrase, or for a pronoun or a
 *                   surname the fullest earlier name it refers to
 * @param cueKind    what the cue attributes: speech ("according to" too), thought, evidence, intention or stance
 */
public record Attribution(int block, Optional<Span> source, SourceKind kind, String sourceName, Span cue,
        CueLexicon.Kind cueKind, List<Span> content) {
    public Attribution {
        content = List.copyOf(content);
    }

    /** Whether the frame reports a claim (speech, thought, evidence), not a wish or a stance. */
    public boolean reportsClaim() {
        return cueKind == CueLexicon.Kind.SPEECH || cueKind == CueLexicon.Kind.THOUGHT || cueKind == CueLexicon.Kind.EVIDENCE;
    }

    /** Whether block-text offset {@code offset} lies in the content. */
    public boolean covers(int offset) {
        return content.stream().anyMatch(c -> c.contains(offset));
    }

    /** Whether the content overlaps {@code [start, end)}. */
    public boolean overlaps(int start, int end) {
        return content.stream().anyMatch(c -> c.start() < end && start < c.end());
    }
}
