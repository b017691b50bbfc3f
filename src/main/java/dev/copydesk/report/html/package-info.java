/**
 * Stage 7, for people: a self-contained HTML report per article, one class per page section
 * (score, article, findings, claims, readability), and the batch index with its ledger of runs.
 * HTML is built as a Jsoup DOM, so article text is always escaped, and carries a
 * Content-Security-Policy that allows only the report's own stylesheet and script. A new
 * element gets its classes as one {@code attr("class", ...)}: Jsoup's {@code addClass} splits and
 * joins the attribute again at every call, which was a tenth of a report's time.
 */
package dev.copydesk.report.html;
