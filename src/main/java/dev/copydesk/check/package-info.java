/**
 * Stage 5: findings. A closed set of checks, one small final class per
 * {@link dev.copydesk.rule.CheckKind}, compiled once from the rule catalog by
 * {@link dev.copydesk.check.CheckRegistry} and shared by all threads. A check only compares
 * and reports; text algorithms live in {@code dev.copydesk.text}.
 */
package dev.copydesk.check;
