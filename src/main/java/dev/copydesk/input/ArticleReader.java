package dev.copydesk.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads one article, from a file or from stdin, into a {@link Document}. Every problem the
 * user can cause is an {@link InputException} with a one-line reason. Thread-safe.
 */
public final class ArticleReader {
    /** Larger inputs are refused rather than audited slowly or exhausting memory. */
    public static final long DEFAULT_MAX_BYTES = 32L * 1024 * 1024;

    private final long maxBytes;

    public ArticleReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public ArticleReader() {
        this(DEFAULT_MAX_BYTES);
    }

    public Document read(Path file, String displayPath) throws InputException {
        InputFormat format = InputFormat.forFileName(file.getFileName().toString())
                .orElseThrow(() -> new InputException("unsupported file type (expected .txt, .md, .markdown, .html, .htm or .jsonl)"));
        return parse(displayPath, format, readBytes(file), false);
    }

    public Document readStdin(InputStream in) throws InputException {
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            checkSize(bytes.length);
            return parse("-", null, bytes, true);
        } catch (IOException e) {
            throw new InputException("cannot read stdin: " + e.getMessage());
        }
    }

    /**
     * Parses a file read elsewhere (from a distributed file system, say) as {@link #read} parses
     * one on disk: the format from its name, the same size limit. {@code size} is the file's.
     */
    public Document read(String fileName, String displayPath, long size, byte[] bytes) throws InputException {
        InputFormat format = InputFormat.forFileName(fileName)
                .orElseThrow(() -> new InputException("unsupported file type (expected .txt, .md, .markdown, .html, .htm or .jsonl)"));
        checkSize(size);
        return parse(displayPath, format, bytes, false);
    }

    /** Parses text already in memory, e.g. for benchmarks and tests. */
    public Document parse(String displayPath, InputFormat format, byte[] bytes) throws InputException {
        return parse(displayPath, format, bytes, false);
    }

    private Document parse(String displayPath, InputFormat format, byte[] bytes, boolean sniff) throws InputException {
        DecodedText decoded = TextDecoder.decode(bytes);
        String text = decoded.text();
        InputFormat actual = sniff ? InputFormat.sniff(text) : format;
        List<Block> blocks;
        List<Link> links = List.of();
        List<SourceComment> comments = List.of();
        List<HiddenText> hidden = List.of();
        ArticleMetadata metadata;
        try {
            switch (actual) {
                case HTML -> {
                    HtmlReader.Result html = HtmlReader.read(text);
                    blocks = html.blocks();
                    links = html.links();
                    metadata = html.metadata();
                    comments = html.comments();
                    hidden = html.hidden();
                }
                case MARKDOWN -> {
                    MarkdownReader.Result md = MarkdownReader.read(text);
                    blocks = md.blocks();
                    links = md.links();
                    metadata = md.metadata();
                    comments = md.comments();
                }
                default -> {
                    blocks = PlainTextReader.read(text);
                    metadata = new ArticleMetadata(PlainTextReader.headline(blocks), Optional.empty(),
                            Optional.empty(), Optional.empty(), Optional.empty());
                }
            }
        } catch (RuntimeException | StackOverflowError parserFailure) {
            String why = parserFailure instanceof StackOverflowError ? "markup nested too deeply"
                    : parserFailure.getClass().getSimpleName();
            throw new InputException("cannot parse as " + actual.name().toLowerCase(java.util.Locale.ROOT) + ": " + why);
        }
        if (blocks.isEmpty()) {
            throw new InputException("no article text found");
        }
        // Metadata wins; copy without any (plain text, bare HTML) may still carry a dateline or byline.
        List<Block> story = blocks;
        Optional<String> published = metadata.published().or(() -> TopOfStory.date(story));
        Optional<String> author = metadata.author().or(() -> TopOfStory.byline(story));
        return new Document(displayPath, actual, new SourceText(text), decoded, blocks, links, metadata.title(),
                author, published, metadata.language(), comments, metadata.url(), hidden);
    }

    private byte[] readBytes(Path file) throws InputException {
        try {
            if (Files.isDirectory(file)) {
                throw new InputException("is a directory");
            }
            checkSize(Files.size(file));
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException("no such file");
        } catch (AccessDeniedException e) {
            throw new InputException("permission denied");
        } catch (IOException e) {
            throw new InputException("cannot read: " + e.getMessage());
        }
    }

    private void checkSize(long size) throws InputException {
        if (size > maxBytes) {
            throw new InputException(String.format(java.util.Locale.ROOT, "file too large (%.1f MB; the limit is %.1f MB)",
                    size / 1048576.0, maxBytes / 1048576.0));
        }
    }
}
