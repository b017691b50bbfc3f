/**
 * Stage 7: reports. Thin writers over one {@link dev.copydesk.audit.AuditRun}: text and JSON
 * for machines, a self-contained HTML report per article and a batch index. HTML is built as a
 * Jsoup DOM, so article text is always escaped, and carries a Content-Security-Policy that
 * allows only the report's own stylesheet. Files are written atomically.
 */
package dev.copydesk.report;
