package dev.copydesk.input;

/**
 * Article text that the page hides from its readers (a {@code hidden} attribute, or an inline
 * style such as {@code display:none}) while scrapers, search engines and language models still
 * read it. Not audited as article text; reported so the difference is never silent.
 *
 * @param start the element's source offset (its start tag)
 * @param end   the source offset just past its end tag
 * @param text  the hidden text, whitespace collapsed
 * @param how   what hides it: {@code hidden attribute}, {@code display:none}, ...
 */
public record HiddenText(int start, int end, String text, String how) {
}
