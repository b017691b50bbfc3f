package dev.copydesk.analysis;

import dev.copydesk.text.Span;
import java.util.Optional;

/**
 * A check-worthy sentence: what kind of claim it makes, and who it is attributed to.
 *
 * @param type   statistic, comparison, causal, prediction, group-belief or event
 * @param source the named source, link domain or document, if the claim is attributed
 * @param vague  the unnamed source it leans on ("experts", "reports"), if any
 */
public record Claim(int block, Span span, String type, Optional<Source> source, Optional<String> vague) {
    public boolean attributed() {
        return source.isPresent();
    }
}
