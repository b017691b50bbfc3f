package dev.copydesk.spark;

import dev.copydesk.cli.ProjectSetup;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;

/**
 * Copydesk as a Spark job: audits every record of an export or every file of a folder, on the
 * executors, and writes the {@code documents}, {@code findings} and {@code claims} tables as
 * Parquet, and {@code summary.json}, under the output folder.
 *
 * <pre>spark-submit --class dev.copydesk.spark.AuditJob copydesk-spark.jar audit --input PATH --output PATH
 *     [--format jsonl|parquet|text] [--rules DIR]... [--config FILE]</pre>
 *
 * The run creates the output folder and writes only inside it; summary.json is written last,
 * and a run that fails removes the folder, so an output with a summary is a complete one. A record that cannot be audited is a row of
 * {@code documents} with status "failed" and its reason; the job goes on.
 */
public final class AuditJob {
    private AuditJob() {
    }

    /** A mistake of the user's: one line, exit status 2. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message, null, false, false);
        }
    }

    public static void main(String[] args) {
        JobOptions options;
        try {
            options = JobOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("copydesk-spark: " + e.getMessage());
            System.err.println(JobOptions.USAGE);
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("copydesk audit").getOrCreate();
        int status = 0;
        try {
            System.out.print(run(spark, options).text());
        } catch (Refused e) {
            System.err.println("copydesk-spark: " + e.getMessage());
            status = 2;
        } catch (IOException | RuntimeException e) {
            System.err.println("copydesk-spark: " + (e.getMessage() == null ? e.toString() : e.getMessage()).lines().findFirst()
                    .orElse(e.toString()));
            status = 1;
        } finally {
            spark.stop();
        }
        System.exit(status);
    }

    /** Runs the audit and writes its tables; returns the summary it also wrote. */
    public static Summary run(SparkSession spark, JobOptions options) throws Refused, IOException {
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        Path output = new Path(options.output());
        FileSystem fs = output.getFileSystem(hadoop);
        if (fs.exists(output)) {
            throw new Refused("output " + options.output() + " already exists; name a folder that does not");
        }
        Path input = new Path(options.input());
        if (!input.getFileSystem(hadoop).exists(input)) {
            throw new Refused("input " + options.input() + ": no such file or folder");
        }
        AuditSettings settings;
        try {
            settings = AuditSettings.read(options, hadoop);
        } catch (java.io.FileNotFoundException e) {
            throw new Refused("rules or configuration: " + e.getMessage());
        }
        try {
            // Rule and configuration problems stop the job here, before any task runs; in local mode
            // the executors then share this auditor.
            settings.auditor();
        } catch (AuditSettings.Invalid e) {
            throw new Refused(e.getMessage());
        }
        // Everything is written inside the output folder, which this run creates: each table is
        // committed whole by Spark, summary.json comes last, and a run that fails removes the folder.
        if (!fs.mkdirs(output)) {
            throw new IOException("cannot create " + output);
        }
        boolean complete = false;
        try {
            Summary summary = write(spark, options, settings, output);
            try (OutputStream out = fs.create(new Path(output, "summary.json"), false)) {
                out.write(summary.json().getBytes(StandardCharsets.UTF_8));
            }
            complete = true;
            return summary;
        } finally {
            if (!complete) {
                fs.delete(output, true);
            }
        }
    }

    private static Summary write(SparkSession spark, JobOptions options, AuditSettings settings, Path output) {
        JavaRDD<Row> rows = Inputs.audited(spark, options, settings);
        // The audit runs once: the first table's write fills the cache (spilling to disk when
        // memory is short, never recomputing), and the other tables read from it.
        Dataset<Row> all = spark.createDataFrame(rows, AuditRows.AUDITED).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            all.select(columns(AuditRows.DOCUMENT.fieldNames())).write().parquet(new Path(output, "documents").toString());
            explode(all, "findingList").write().parquet(new Path(output, "findings").toString());
            explode(all, "claimList").write().parquet(new Path(output, "claims").toString());
        } finally {
            all.unpersist();
        }
        return Summary.of(spark.read().parquet(new Path(output, "documents").toString()),
                spark.read().parquet(new Path(output, "findings").toString()));
    }

    /** One row per element of a document's list, with the document's id and the element's place. */
    private static Dataset<Row> explode(Dataset<Row> all, String list) {
        return all.select(functions.col("documentId"), functions.posexplode(functions.col(list)))
                .select(functions.col("documentId"), functions.col("pos").as("index"), functions.col("col.*"));
    }

    private static Column[] columns(String[] names) {
        Column[] columns = new Column[names.length];
        for (int i = 0; i < names.length; i++) {
            columns[i] = functions.col(names[i]);
        }
        return columns;
    }
}
