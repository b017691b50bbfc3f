package dev.copydesk.spark;

import dev.copydesk.audit.Auditor;
import dev.copydesk.audit.Batch;
import dev.copydesk.audit.DocumentResult;
import dev.copydesk.input.ArticleReader;
import dev.copydesk.input.InputException;
import dev.copydesk.input.JsonlExport;
import java.util.Arrays;

/**
 * One record of the input, audited on an executor exactly as the CLI audits it: the same
 * reader, the same names ({@code export.jsonl#id}), the same one-line reasons for a record that
 * cannot be audited. A record's failure is its own; the partition goes on.
 */
final class Articles {
    private static final ArticleReader READER = new ArticleReader();

    private Articles() {
    }

    /** A line of a JSONL export ({@code file} as given), or null for a blank line, which is no record. */
    static DocumentResult exportLine(Auditor auditor, String file, byte[] bytes, long offset, int line) {
        JsonlExport.Entry entry = JsonlExport.entry(bytes, offset, bytes.length, line);
        if (entry == null) {
            return null;
        }
        String display = file + "#" + entry.name();
        DocumentResult result;
        if (entry.error() != null) {
            result = DocumentResult.failed(display, entry.error());
        } else {
            byte[] record = entry.offset() > offset ? Arrays.copyOfRange(bytes, (int) (entry.offset() - offset), bytes.length) : bytes;
            result = safely(display, bytes.length, () -> auditor.audit(JsonlExport.parse(record, line, display, READER)));
        }
        return result.fromExport(file, line, entry.name());
    }

    /** The bytes of a file, read when the file is audited. */
    interface Content {
        byte[] read() throws java.io.IOException;
    }

    /** An article file of a folder. */
    static DocumentResult file(Auditor auditor, String fileName, String display, long size, Content content) {
        return safely(display, size, () -> {
            byte[] bytes;
            try {
                bytes = content.read();
            } catch (java.io.IOException e) {
                throw new InputException("cannot read: " + e.getMessage());
            }
            return auditor.audit(READER.read(fileName, display, size, bytes));
        });
    }

    /** {@link Batch#alone}, and as the CLI's batch does, a record that exhausts the heap fails alone too. */
    private static DocumentResult safely(String display, long bytes, Batch.DocumentAudit audit) {
        try {
            return Batch.alone(display, audit);
        } catch (OutOfMemoryError e) {
            // The record's own garbage is gone once the error is thrown; the task goes on.
            return DocumentResult.failed(display, Batch.heapAdvice(bytes));
        }
    }
}
