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
 * @param comments  the markup comments of HTML and Markdown sources, in source order; none for
 *                  plain text, which has no comment syntax
 * @param url       the article's canonical address, if its metadata or the CMS export gives one
 * @param hidden    text an HTML page hides from its readers, in source order
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
        Optional<String> language,
        List<SourceComment> comments,
        Optional<String> url,
        List<HiddenText> hidden) {

    public Document {
        blocks = List.copyOf(blocks);
        links = List.copyOf(links);
        comments = List.copyOf(comments);
        hidden = List.copyOf(hidden);
    }

    /** A document without comments, as plain text and callers that build documents directly have. */
    public Document(String path, InputFormat format, SourceText source, DecodedText decoding, List<Block> blocks,
            List<Link> links, Optional<String> title, Optional<String> author, Optional<String> published,
            Optional<String> language) {
        this(path, format, source, decoding, blocks, links, title, author, published, language, List.of(), Optional.empty(),
                List.of());
    }

    /** The same document at address {@code address}. */
    public Document withUrl(String address) {
        return new Document(path, format, source, decoding, blocks, links, title, author, published, language, comments,
                Optional.of(address), hidden);
    }

    /** The same document with headline {@code headline}. */
    public Document withTitle(String headline) {
        return new Document(path, format, source, decoding, blocks, links, Optional.of(headline), author, published,
                language, comments, url, hidden);
    }

    /** The same document with publication date {@code date}. */
    public Document withPublished(String date) {
        return new Document(path, format, source, decoding, blocks, links, title, author, Optional.of(date), language,
                comments, url, hidden);
    }
}
