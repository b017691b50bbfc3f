package dev.copydesk.input;

import java.util.List;
import java.util.Optional;

/**
 * An article as read from one input: its source text, its text blocks in reading order and
 * its metadata. Immutable.
 *
 * @param path      the path as the user gave it ({@code "-"} for stdin)
 * @param title     the headline, if the article has one
 * @param author    byline, if the metadata names one
 * @param published publication date (ISO), if the metadata gives one
 * @param language  declared language (BCP 47), if any
 */
public record Document(
        String path,
        InputFormat format,
        SourceText source,
        DecodedText decoding,
        List<Block> blocks,
        List<Link> links,
        Optional<String> title,
        Optional<String> author,
        Optional<String> published,
        Optional<String> language) {

    public Document {
        blocks = List.copyOf(blocks);
        links = List.copyOf(links);
    }
}
