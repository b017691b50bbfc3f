package dev.copydesk.spark;

import dev.copydesk.audit.Auditor;
import dev.copydesk.cli.ProjectSetup;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * The rules and configuration of a run, read once on the driver from wherever the user keeps
 * them and shipped to the executors as text, so an executor needs no access to those paths.
 * Each executor builds its auditor once ({@link #auditor}) and every partition it runs shares it:
 * the rule catalog is compiled once per executor JVM, not per record or per task.
 *
 * @param ruleFolders for each {@code --rules} folder, its YAML files by relative path
 * @param config      the configuration file's name and text, or null for none
 */
record AuditSettings(List<Map<String, String>> ruleFolders, String configName, String config) implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Map<AuditSettings, Auditor> AUDITORS = new ConcurrentHashMap<>();

    static AuditSettings read(JobOptions options, Configuration hadoop) throws IOException {
        List<Map<String, String>> folders = new ArrayList<>();
        for (String folder : options.rules()) {
            org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(folder);
            FileSystem fs = root.getFileSystem(hadoop);
            String prefix = fs.makeQualified(root).toString();
            Map<String, String> files = new TreeMap<>();
            if (fs.getFileStatus(root).isFile()) { // a single rule pack, as the CLI takes it
                files.put(root.getName(), text(fs, root));
                folders.add(files);
                continue;
            }
            RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
            while (it.hasNext()) {
                LocatedFileStatus status = it.next();
                String name = status.getPath().toString();
                String lower = name.toLowerCase(java.util.Locale.ROOT);
                if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
                    files.put(name.substring(prefix.length()).replaceFirst("^/+", ""), text(fs, status.getPath()));
                }
            }
            folders.add(files);
        }
        String config = null;
        String configName = null;
        if (options.config() != null) {
            org.apache.hadoop.fs.Path file = new org.apache.hadoop.fs.Path(options.config());
            config = text(file.getFileSystem(hadoop), file);
            configName = file.getName();
        }
        return new AuditSettings(folders, configName, config);
    }

    private static String text(FileSystem fs, org.apache.hadoop.fs.Path file) throws IOException {
        try (var in = fs.open(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Rules or a configuration that cannot be used: the CLI's problems, on one line. */
    static final class Invalid extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        Invalid(ProjectSetup.Invalid problems) {
            super(String.join("; ", problems.problems()), problems);
        }
    }

    /** This JVM's auditor for these settings, built on first use. */
    Auditor auditor() {
        return AUDITORS.computeIfAbsent(this, settings -> {
            try {
                return settings.setup().auditor();
            } catch (ProjectSetup.Invalid e) {
                throw new Invalid(e);
            }
        });
    }

    /**
     * Writes the shipped files into a private folder, resolves them as the CLI does (which reads
     * them all), and removes the folder again.
     */
    ProjectSetup setup() throws ProjectSetup.Invalid {
        Path work;
        try {
            work = Files.createTempDirectory("copydesk-settings");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the rules for this executor", e);
        }
        try {
            List<Path> folders = new ArrayList<>();
            for (int i = 0; i < ruleFolders.size(); i++) {
                Path folder = Files.createDirectories(work.resolve("rules-" + i));
                for (Map.Entry<String, String> file : ruleFolders.get(i).entrySet()) {
                    Path target = folder.resolve(file.getKey()).normalize();
                    if (!target.startsWith(folder) || target.equals(folder)) {
                        throw new IllegalArgumentException("rule file outside its folder: " + file.getKey());
                    }
                    Files.createDirectories(target.getParent());
                    Files.writeString(target, file.getValue());
                }
                folders.add(folder);
            }
            Path configFile = null;
            if (config != null) {
                configFile = work.resolve(configName);
                Files.writeString(configFile, config);
            }
            return ProjectSetup.resolve(new ProjectSetup.Given(configFile, configFile == null, folders, null, null, null, null),
                    work);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the rules for this executor", e);
        } finally {
            delete(work);
        }
    }

    private static void delete(Path folder) {
        try (var paths = Files.walk(folder)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is untidy, not wrong
        }
    }
}
