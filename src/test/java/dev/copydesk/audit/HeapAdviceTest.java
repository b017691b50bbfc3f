package dev.copydesk.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The out-of-memory advice is worked out from the document's size, not a fixed -Xmx4g. */
class HeapAdviceTest {
    @Test
    void adviceGrowsWithTheDocument() {
        assertEquals("not enough memory to audit this document (30.0 MB); it needs about 6 GB of heap: java -Xmx6g -jar ..., "
                + "or split the document", Batch.heapAdvice(30L * 1024 * 1024));
        assertEquals("not enough memory to audit this document (3.5 MB); it needs about 1 GB of heap: java -Xmx1g -jar ..., "
                + "or split the document", Batch.heapAdvice(3_670_016));
        assertEquals(true, Batch.heapAdvice(16L * 1024 * 1024).contains("-Xmx4g"));
    }
}
