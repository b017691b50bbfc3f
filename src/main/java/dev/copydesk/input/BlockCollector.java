package dev.copydesk.input;

import java.util.ArrayList;
import java.util.List;

/**
 * Gathers the blocks and links a markup reader extracts: text goes into the current block,
 * links are recorded by their range in it, and {@link #flush(Scope)} closes the block. Shared
 * by the HTML and Markdown readers. Not thread-safe: one per reading.
 */
final class BlockCollector {
    private final List<Block> blocks = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private final MappedTextBuilder current = new MappedTextBuilder();
    private final List<int[]> pendingRanges = new ArrayList<>();
    private final List<String> pendingHrefs = new ArrayList<>();
    private final List<OpenLink> openLinks = new ArrayList<>();

    /** A link whose end the reader has not reached yet; it may wrap whole blocks, as teaser cards do. */
    static final class OpenLink {
        private final String href;
        private int start;

        private OpenLink(String href, int start) {
            this.href = href;
            this.start = start;
        }
    }

    /** The block being built. */
    MappedTextBuilder current() {
        return current;
    }

    /** Records a link whose text is {@code [start, end)} of the current block. */
    void link(int start, int end, String href) {
        pendingRanges.add(new int[] {start, end});
        pendingHrefs.add(href);
    }

    /** Opens a link at the current end of the block. */
    OpenLink openLink(String href) {
        OpenLink open = new OpenLink(href, current.length());
        openLinks.add(open);
        return open;
    }

    /** Closes a link: its text is what was added to the block since it opened (or since the block began). */
    void closeLink(OpenLink open) {
        openLinks.remove(open);
        if (current.length() > open.start) {
            link(open.start, current.length(), open.href);
        }
    }

    /** Ends the current block, if it has text, as a block of {@code scope}. */
    void flush(Scope scope) {
        for (OpenLink open : openLinks) {
            // The part of a still-open link that lies in this block; the rest starts the next one.
            if (current.length() > open.start) {
                link(open.start, current.length(), open.href);
            }
            open.start = 0;
        }
        if (!current.isBlank()) {
            MappedText text = current.build();
            for (int i = 0; i < pendingRanges.size(); i++) {
                int start = Math.min(pendingRanges.get(i)[0], text.length());
                int end = Math.min(pendingRanges.get(i)[1], text.length());
                while (start < end && text.text().charAt(start) == ' ') {
                    start++;
                }
                if (start < end) {
                    links.add(new Link(text.text().substring(start, end), pendingHrefs.get(i), blocks.size(), start, end));
                }
            }
            blocks.add(new Block(scope, text));
        }
        current.clear();
        pendingRanges.clear();
        pendingHrefs.clear();
    }

    List<Block> blocks() {
        return List.copyOf(blocks);
    }

    List<Link> links() {
        return List.copyOf(links);
    }
}
