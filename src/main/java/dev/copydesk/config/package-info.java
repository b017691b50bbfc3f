/**
 * Stage 5c: project configuration. {@code copydesk.yaml} loaded strictly into an immutable
 * {@link dev.copydesk.config.ProjectConfig}: which rules run and at what severity, which files a
 * folder run audits, allowed scripts, the audience, the fail policy and score thresholds. Every
 * problem is reported at once as {@code file:line: problem}.
 */
package dev.copydesk.config;
