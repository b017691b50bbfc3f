package dev.copydesk.analysis;

import dev.copydesk.language.Attribution;
import dev.copydesk.language.SourceKind;
import dev.copydesk.text.LiteralGate;
import dev.copydesk.text.Span;
import dev.copydesk.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Claims on top of attribution frames. A claim is attributed when it is the content of a frame
 * with a named, institutional or document source, or sits in a quotation whose speaker a frame
 * names; a frame with a vague or anonymous source becomes the claim's vague source. Refusals
 * ("declined to comment", "could not be reached") report no claim and are dropped.
 */
final class ClaimFrames {
    /**
     * A sentence that is a refusal: its subject declined to speak. Read from the sentence's start to
     * its end, so a refusal in a side clause ("The firm, which did not respond to requests for
     * comment, cut 500 jobs") leaves the claim standing.
     */
    private static final Pattern REFUSAL = Pattern.compile("(?i)^[^,;]{0,80}?\\b(?:(?:declined|refused|would not|wouldn't)"
            + "\\s+(?:to\\s+)?(?:comment|respond|reply|answer questions)|could not (?:immediately )?be reached"
            + "|(?:was|were) not (?:immediately )?available for comment|did not (?:immediately )?(?:respond|reply) to"
            + "|did not return (?:calls|messages|emails|requests)|has not (?:responded|commented))\\b[^,;]{0,80}$");

    /**
     * Every refusal holds one of these words, whatever their case: most claims hold none, and the
     * refusal's lazy opening tries each of its first eighty places.
     */
    private static final LiteralGate REFUSAL_WORDS = LiteralGate.of("declined|refused|not|n't", true);

    private ClaimFrames() {
    }

    static List<Claim> attach(List<Claim> claims, List<Attribution> allFrames, List<AnalyzedBlock> blocks) {
        // Frames by block, so each claim looks only at its own block's frames.
        java.util.Map<Integer, List<Attribution>> frames = new java.util.HashMap<>();
        allFrames.forEach(f -> frames.computeIfAbsent(f.block(), k -> new ArrayList<>()).add(f));
        List<Claim> result = new ArrayList<>(claims.size());
        for (Claim claim : claims) {
            AnalyzedBlock block = blocks.get(claim.block());
            String text = block.text().substring(claim.span().start(), claim.span().end());
            if (REFUSAL_WORDS.mayMatch(text) && REFUSAL.matcher(text).find()) {
                continue; // "The ministry declined to comment." says nothing to check
            }
            Optional<Attribution> frame = frameFor(claim, block, frames.getOrDefault(claim.block(), List.of()));
            if (frame.isEmpty()) {
                result.add(claim);
                continue;
            }
            Attribution f = frame.get();
            if (f.kind().named() && claim.source().isPresent()) {
                // Sourced before the frames (a link, a named publisher): the frame is kept only if it names the same source.
                boolean same = sameSource(claim.source().get().name(), f.sourceName());
                result.add(same ? new Claim(claim.block(), claim.span(), claim.type(), claim.source(), claim.vague(), frame)
                        : claim);
            } else if (f.kind().named()) {
                result.add(new Claim(claim.block(), claim.span(), claim.type(),
                        Optional.of(new Source(f.sourceName(), sourceKind(f.kind()))), claim.vague(), frame));
            } else if ((f.kind() == SourceKind.VAGUE || f.kind() == SourceKind.ANONYMOUS) && claim.source().isEmpty()) {
                result.add(new Claim(claim.block(), claim.span(), claim.type(), claim.source(),
                        claim.vague().or(() -> Optional.of(f.sourceName().toLowerCase(java.util.Locale.ROOT))), frame));
            } else {
                result.add(claim);
            }
        }
        return result;
    }

    /** "Dutch Prime Minister Mark Rutte" and "Mark Rutte" (or "Rutte"): one source named more or less fully. */
    private static boolean sameSource(String a, String b) {
        String x = a.toLowerCase(java.util.Locale.ROOT).strip();
        String y = b.toLowerCase(java.util.Locale.ROOT).strip();
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        String[] xs = Words.splitOnWhitespace(x);
        String[] ys = Words.splitOnWhitespace(y);
        return x.contains(y) || y.contains(x) || xs[xs.length - 1].equals(ys[ys.length - 1]);
    }

    /** The frame whose content overlaps the claim, or whose content is the quotation the claim sits in; named sources first. */
    private static Optional<Attribution> frameFor(Claim claim, AnalyzedBlock block, List<Attribution> frames) {
        Span span = claim.span();
        Span quotation = block.quotations().stream().filter(q -> q.start() <= span.start() && span.end() <= q.end() + 1)
                .findFirst().orElse(null);
        Attribution best = null;
        for (Attribution f : frames) {
            if (f.block() != claim.block() || f.source().isEmpty()) {
                continue;
            }
            boolean holds = f.overlaps(span.start(), span.end()) && cueInOrNear(f, span) && covers(f, span)
                    || quotation != null && f.overlaps(quotation.start(), quotation.end());
            if (holds && (best == null || f.kind().named() && !best.kind().named())) {
                best = f;
            }
        }
        return Optional.ofNullable(best);
    }

    /** A frame's content may run past a sentence; its cue must be in the claim's sentence or its content must cover it. */
    private static boolean cueInOrNear(Attribution f, Span span) {
        return f.cue().start() >= span.start() && f.cue().end() <= span.end()
                || f.content().stream().anyMatch(c -> c.start() <= span.start() + 1 && span.end() - 1 <= c.end());
    }

    /**
     * Whether the frame is most of the sentence: its source, cue and content cover at least 60% of
     * it. "Strides have been made, with the minister emphasising that troops must hold" reports
     * the minister's words only at its end; its own claim stays the reporter's.
     */
    private static boolean covers(Attribution f, Span span) {
        int covered = overlap(f.cue(), span) + f.source().map(s -> overlap(s, span)).orElse(0);
        for (Span c : f.content()) {
            covered += overlap(c, span);
        }
        return covered >= 0.6 * span.length();
    }

    private static int overlap(Span a, Span b) {
        return Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.start(), b.start()));
    }

    private static String sourceKind(SourceKind kind) {
        return kind.named() ? kind.key() : SourceKind.ROLE.key();
    }
}
