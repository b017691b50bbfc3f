package dev.copydesk.finding;

/**
 * Where a finding is in the file the user gave: UTF-16 offsets {@code [start, end)} into the
 * decoded source, 1-based line and column (code points), and the exact source text.
 */
public record Location(int start, int end, int line, int column, String excerpt) {
}
