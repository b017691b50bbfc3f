/**
 * Stage 1 of the pipeline: bytes in, {@link dev.copydesk.input.Document} out.
 *
 * <p>Decodes the file the user gave (BOMs, UTF-8, detected legacy encodings, reporting every
 * invalid byte sequence), extracts the article's text blocks from plain text, Markdown or
 * HTML, and keeps, for every character of every block, where it came from in the decoded
 * source. Imports no other Copydesk package.
 */
package dev.copydesk.input;
