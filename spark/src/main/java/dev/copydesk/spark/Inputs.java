package dev.copydesk.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.copydesk.audit.DocumentResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import scala.Tuple2;

/**
 * The input as audited rows ({@link AuditRows#AUDITED}), one per record, each audited on an
 * executor by that executor's one auditor. Reading is Hadoop's, so any file system the cluster
 * has will do.
 */
final class Inputs {
    private Inputs() {
    }

    static JavaRDD<Row> audited(SparkSession spark, JobOptions options, AuditSettings settings) {
        return switch (options.format()) {
            case "jsonl" -> jsonl(spark, options.input(), settings);
            case "parquet" -> parquet(spark, options.input(), settings);
            default -> files(spark, options.input(), settings);
        };
    }

    /**
     * A JSONL export, split by Hadoop across tasks. A record is named by its line, as in the
     * CLI, so a first pass counts the lines of each split and the second numbers them from the
     * count of the splits before it in the same file.
     */
    static JavaRDD<Row> jsonl(SparkSession spark, String input, AuditSettings settings) {
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        JavaNewHadoopRDD<LongWritable, Text> lines = (JavaNewHadoopRDD<LongWritable, Text>) context.newAPIHadoopFile(
                input, TextInputFormat.class, LongWritable.class, Text.class, splitting(spark, input));
        List<Tuple2<String, long[]>> counts = lines.mapPartitionsWithInputSplit((split, it) -> {
            long n = 0;
            for (; it.hasNext(); it.next()) {
                n++;
            }
            FileSplit file = (FileSplit) split;
            return List.of(new Tuple2<>(file.getPath().toString(), new long[] {file.getStart(), n})).iterator();
        }, true).collect();
        Broadcast<Map<String, Long>> firstLines = context.broadcast(firstLines(counts));
        Names names = Names.of(spark, input);
        return lines.mapPartitionsWithInputSplit((split, it) -> {
            FileSplit file = (FileSplit) split;
            String path = file.getPath().toString();
            String display = names.display(path);
            long[] line = {firstLines.value().get(path + "@" + file.getStart())};
            var auditor = settings.auditor();
            return Lazily.map(it, record -> {
                line[0]++;
                DocumentResult result = Articles.exportLine(auditor, display, record._2().copyBytes(), record._1().get(),
                        (int) line[0]);
                return result == null ? null : AuditRows.of(result);
            });
        }, true);
    }

    /**
     * Hadoop's configuration with splits small enough for eight tasks per core: a file system's
     * block (32 MB on a local disk, 128 MB on HDFS) holds thousands of articles, and an export of
     * a block and a half would otherwise keep one core idle while the other audits the rest.
     */
    static Configuration splitting(SparkSession spark, String input) {
        Configuration conf = new Configuration(spark.sparkContext().hadoopConfiguration());
        // The CLI ends a record at "\n" only; Hadoop's default also ends one at a lone "\r".
        conf.set("textinputformat.record.delimiter", "\n");
        try {
            Path path = new Path(input);
            long bytes = path.getFileSystem(conf).getContentSummary(path).getLength();
            long tasks = 8L * spark.sparkContext().defaultParallelism();
            long minimum = conf.getLong("copydesk.split.minimum", 1L << 20);
            long split = Math.max(minimum, bytes / tasks + 1);
            conf.setLong("mapreduce.input.fileinputformat.split.maxsize", split);
        } catch (java.io.IOException e) {
            // the default splits will do
        }
        return conf;
    }

    /** For each split, "file@start" to the number of lines before it in its file. */
    static Map<String, Long> firstLines(List<Tuple2<String, long[]>> counts) {
        Map<String, TreeMap<Long, Long>> byFile = new HashMap<>();
        for (Tuple2<String, long[]> c : counts) {
            byFile.computeIfAbsent(c._1(), f -> new TreeMap<>()).put(c._2()[0], c._2()[1]);
        }
        Map<String, Long> first = new HashMap<>();
        byFile.forEach((file, splits) -> {
            long before = 0;
            for (Map.Entry<Long, Long> split : splits.entrySet()) {
                first.put(file + "@" + split.getKey(), before);
                before += split.getValue();
            }
        });
        return first;
    }

    /**
     * Parquet with the export's columns ({@code id}, {@code title}, {@code body} or {@code html},
     * {@code url}, {@code published}): each row is audited as the JSONL line with those fields.
     */
    static JavaRDD<Row> parquet(SparkSession spark, String input, AuditSettings settings) {
        var table = spark.read().parquet(input);
        List<String> fields = new ArrayList<>();
        for (String name : List.of("id", "title", "body", "html", "url", "published")) {
            if (List.of(table.columns()).contains(name)) {
                fields.add(name);
            }
        }
        var selected = table.select(fields.stream().map(functions::col).toArray(org.apache.spark.sql.Column[]::new))
                .withColumn("_file", functions.input_file_name());
        return selected.javaRDD().mapPartitions(rows -> {
            var auditor = settings.auditor();
            ObjectMapper mapper = new ObjectMapper();
            int[] n = {0};
            return Lazily.map(rows, row -> {
                ObjectNode record = mapper.createObjectNode();
                for (int i = 0; i < fields.size(); i++) {
                    Object value = row.get(i);
                    if (value != null) {
                        record.put(fields.get(i), value.toString());
                    }
                }
                // A row has no line; it is named by its id, or by its place in its part file.
                return AuditRows.of(Articles.exportLine(auditor, row.getString(fields.size()),
                        mapper.writeValueAsBytes(record), 1, ++n[0]));
            });
        });
    }

    /**
     * A folder of .txt, .md, .markdown, .html and .htm files, walked recursively; named as in the
     * CLI. The listing reads names and sizes only; each task then reads its own files, so a file
     * that is not an article is never read, and one over the size limit fails alone, unread.
     */
    static JavaRDD<Row> files(SparkSession spark, String input, AuditSettings settings) {
        Names names = Names.of(spark, input);
        Map<String, String> hadoop = new HashMap<>();
        spark.sparkContext().hadoopConfiguration().forEach(e -> hadoop.put(e.getKey(), e.getValue()));
        var listing = spark.read().format("binaryFile").option("recursiveFileLookup", "true").load(input);
        return listing.select("path", "length").javaRDD().filter(row -> isArticle(row.getString(0)))
                .mapPartitions(rows -> {
                    var auditor = settings.auditor();
                    Configuration conf = new Configuration(false);
                    hadoop.forEach(conf::set);
                    return Lazily.map(rows, row -> {
                        String path = row.getString(0);
                        long size = row.getLong(1);
                        String name = path.substring(path.lastIndexOf('/') + 1);
                        return AuditRows.of(Articles.file(auditor, name, names.display(path), size, () -> read(conf, path, size)));
                    });
                });
    }

    /** A file's bytes; none for one over the limit, which the reader refuses by its size alone. */
    private static byte[] read(Configuration conf, String path, long size) throws java.io.IOException {
        if (size > dev.copydesk.input.ArticleReader.DEFAULT_MAX_BYTES) {
            return new byte[0];
        }
        Path file = new Path(path);
        try (var in = file.getFileSystem(conf).open(file)) {
            return in.readAllBytes();
        }
    }

    /**
     * How the CLI names what it reads: a file as given; a file in a given folder as the folder as
     * given, then its path inside it.
     */
    record Names(String given, String root, boolean folder) implements java.io.Serializable {
        static Names of(SparkSession spark, String input) {
            try {
                Path path = new Path(input);
                FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
                boolean folder = fs.exists(path) && fs.getFileStatus(path).isDirectory();
                return new Names(input, fs.makeQualified(path).toString(), folder);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        String display(String path) {
            if (!folder) {
                return given;
            }
            String relative = path.startsWith(root) ? path.substring(root.length()).replaceFirst("^/+", "") : path;
            return (given.endsWith("/") ? given : given + "/") + relative;
        }
    }

    static boolean isArticle(String path) {
        String name = path.toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".md") || name.endsWith(".markdown") || name.endsWith(".html")
                || name.endsWith(".htm");
    }

}
