/**
 * Stage 8: scores. From a document's findings and metrics, six scores out of 100 (overall and one
 * per category), each with the deductions that explain every point lost, rounded so they add up;
 * and finding density per 1,000 words. Pure functions of their input; {@code Scoring}'s constants
 * are explained where they are declared and in docs/scoring.md.
 */
package dev.copydesk.score;
