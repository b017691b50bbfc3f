/**
 * Stage 6b: baselines. {@code copydesk baseline} records a fingerprint of every current finding;
 * {@code audit --baseline FILE} then accepts the findings whose fingerprint is recorded, so only
 * new ones fail the run, and reports the recorded ones that are gone. Fingerprints use no line
 * numbers, so text added elsewhere in an article does not disturb them.
 */
package dev.copydesk.baseline;
