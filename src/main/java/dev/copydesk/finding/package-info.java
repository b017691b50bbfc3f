/**
 * What every stage after the checks passes along: a {@code Finding} (rule, category, severity,
 * message, detail) and its {@code Location} in the file the user gave (offsets, line, column and
 * the exact excerpt). Records only; no stage logic.
 */
package dev.copydesk.finding;
