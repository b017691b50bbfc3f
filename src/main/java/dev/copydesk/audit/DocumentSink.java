package dev.copydesk.audit;

import java.io.IOException;

/**
 * Where a batch's results go, one document at a time, so a run over any number of documents
 * holds only the few in flight. {@link #prepare} runs on the worker that audited the document,
 * in any order, and does the expensive rendering; {@link #accept} then runs on one thread in
 * input order, so outputs come out in the same order, byte for byte, whatever the threads.
 *
 * @param <T> what {@code prepare} hands to {@code accept}
 */
public interface DocumentSink<T> {
    T prepare(DocumentResult document);

    void accept(DocumentResult document, T prepared) throws IOException;
}
