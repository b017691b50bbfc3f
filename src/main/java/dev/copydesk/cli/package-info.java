/**
 * Stage 8: the command line (picocli). Parses options, loads rules, runs the batch and hands
 * the run to the reporters. Nothing imports this package.
 */
package dev.copydesk.cli;
