package dev.copydesk.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The job's command line: {@code audit --input PATH --output PATH [--format jsonl|parquet|text]
 * [--rules DIR]... [--config FILE]}. Paths are Hadoop paths (local, HDFS, S3, ...).
 *
 * @param format how to read the input: a JSONL export, Parquet with the export's columns, or
 *               a folder of article files; by default from the input's name
 */
public record JobOptions(String input, String output, String format, List<String> rules, String config) implements Serializable {
    private static final long serialVersionUID = 1L;

    static final String USAGE = "usage: spark-submit --class dev.copydesk.spark.AuditJob copydesk-spark.jar audit "
            + "--input PATH --output PATH [--format jsonl|parquet|text] [--rules DIR]... [--config FILE]";

    public JobOptions {
        rules = List.copyOf(rules);
    }

    /** Reads the arguments; a mistake is an IllegalArgumentException with a one-line message. */
    public static JobOptions parse(String... args) {
        if (args.length == 0 || !args[0].equals("audit")) {
            throw new IllegalArgumentException("the only command is 'audit'");
        }
        String input = null;
        String output = null;
        String format = null;
        String config = null;
        List<String> rules = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String option = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("option " + option + " needs a value");
            }
            String value = args[++i];
            switch (option) {
                case "--input" -> input = value;
                case "--output" -> output = value;
                case "--format" -> format = value;
                case "--rules" -> rules.add(value);
                case "--config" -> config = value;
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        if (input == null || output == null) {
            throw new IllegalArgumentException("--input and --output are required");
        }
        if (format == null) {
            String name = input.toLowerCase(Locale.ROOT).replaceAll("/+$", "");
            format = name.endsWith(".jsonl") ? "jsonl" : name.endsWith(".parquet") ? "parquet" : "text";
        }
        if (!List.of("jsonl", "parquet", "text").contains(format)) {
            throw new IllegalArgumentException("--format must be jsonl, parquet or text, not " + format);
        }
        return new JobOptions(input, output, format, rules, config);
    }
}
