/**
 * Stage 2: text algorithms on plain strings, with no knowledge of documents or rules.
 *
 * <p>ICU4J normalization with a map back to the input ({@link dev.copydesk.text.TextNormalizer}),
 * sentence and word segmentation ({@link dev.copydesk.text.Segmenter}), quotation spans,
 * syllable counts and readability formulas. Imports no other Copydesk package.
 */
package dev.copydesk.text;
