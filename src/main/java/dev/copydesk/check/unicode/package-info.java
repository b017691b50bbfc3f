/**
 * The Unicode-trick checks, one small class per check kind: invisible and bidi characters, tag
 * characters and variation selectors, look-alike letters of other scripts (mixed in a word, or a
 * whole word), mixed digits, stacked marks, mojibake and invalid bytes, text that is not NFC, and
 * HTML text hidden from readers. {@link dev.copydesk.check.CheckRegistry} builds them from the rule
 * catalog; each rule names its trick from the catalogue (T01 to T33) in its description.
 */
package dev.copydesk.check.unicode;
