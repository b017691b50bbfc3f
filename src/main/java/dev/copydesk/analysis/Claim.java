package dev.copydesk.analysis;

import dev.copydesk.language.Attribution;
import dev.copydesk.text.Span;
import java.util.Optional;

/**
 * A check-worthy sentence: what kind of claim it makes, and who it is attributed to.
 *
 * @param type   statistic, comparison, causal, prediction, group-belief or event
 * @param source the named source, link domain or document, if the claim is attributed
 * @param vague  the unnamed source it leans on ("experts", "reports"), if any
 * @param frame  the attribution frame whose content holds the claim, if the language layer found one:
 *               where its source and cue are in the text
 */
public record Claim(int block, Span span, String type, Optional<Source> source, Optional<String> vague,
        Optional<Attribution> frame) {
    public Claim(int block, Span span, String type, Optional<Source> source, Optional<String> vague) {
        this(block, span, type, source, vague, Optional.empty());
    }

    public boolean attributed() {
        return source.isPresent();
    }
}
