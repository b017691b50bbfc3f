/**
 * Stage 7: reports. Writers over one {@link dev.copydesk.audit.AuditRun}, each a
 * {@link dev.copydesk.report.ReportWriter}: text, JSON, JUnit, Checkstyle and GitHub annotations
 * here, SARIF in {@code report.sarif}, the HTML pages in {@code report.html}; plus what they
 * share: report file names, atomic writes and the reports folder's lock.
 */
package dev.copydesk.report;
