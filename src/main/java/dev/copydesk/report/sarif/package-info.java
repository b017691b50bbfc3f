/**
 * Stage 7, for code scanning: SARIF 2.1.0 written from a small record model of the standard,
 * streamed one document at a time.
 */
package dev.copydesk.report.sarif;
