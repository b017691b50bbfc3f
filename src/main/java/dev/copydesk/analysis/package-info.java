/**
 * Stage 4: segments. Turns a {@link dev.copydesk.input.Document} into an
 * {@link dev.copydesk.analysis.AnalyzedDocument}: per block, the normalized matching text,
 * tokens, sentences and quotations, plus document counts and readability metrics; and maps
 * any span of any of these back to a {@link dev.copydesk.finding.Location} in the source.
 */
package dev.copydesk.analysis;
