/**
 * Stage 6: the run. Expands the user's paths into inputs, reads, analyzes and checks each
 * article (in parallel, results in input order), scores it, and returns one immutable
 * {@link dev.copydesk.audit.AuditRun}. A bad input becomes a failed document, never an
 * aborted batch.
 */
package dev.copydesk.audit;
