package dev.copydesk.input;

import java.util.Optional;

/** Metadata a reader found in the article itself. */
record ArticleMetadata(Optional<String> title, Optional<String> author, Optional<String> published,
        Optional<String> language, Optional<String> url) {

    static ArticleMetadata none() {
        return new ArticleMetadata(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }
}
