package dev.copydesk.audit;

import dev.copydesk.input.ArticleReader;
import dev.copydesk.input.InputException;
import dev.copydesk.input.InputFormat;
import dev.copydesk.input.JsonlExport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;

/**
 * Runs an audit over the user's paths: files, folders (recursively, every .txt, .md, .html and
 * .htm file, hidden entries skipped, in sorted order) and {@code -} for stdin. Documents are
 * audited in parallel; results keep the input order.
 */
public final class Batch {
    private final Auditor auditor;
    private final ArticleReader reader;
    private final int threads;

    public Batch(Auditor auditor, ArticleReader reader, int threads) {
        this.auditor = auditor;
        this.reader = reader;
        this.threads = Math.max(1, threads);
    }

    /**
     * One input of a run: a file with the path to show for it, stdin ({@code file} null), or one
     * line of a JSONL export ({@code exportLine}). {@code error} marks an input that
     * failed before auditing.
     */
    public record Input(Path file, String displayPath, String error, JsonlExport.Entry exportLine) {
        Input(Path file, String displayPath, String error) {
            this(file, displayPath, error, null);
        }

        /** For a line of an export: the export's path as the user gave it (the display path is it, '#', then the id). */
        public String exportPath() {
            String id = exportLine.name();
            return displayPath.substring(0, displayPath.length() - id.length() - 1);
        }

        /** The result as this input's: a document from an export carries its record (path, line, id). */
        DocumentResult located(DocumentResult result) {
            return exportLine == null ? result : result.fromExport(exportPath(), exportLine.line(), exportLine.name());
        }
    }

    /** Every input the paths name, in order: files, folders walked in sorted order, JSONL lines. */
    public static List<Input> plan(List<String> paths) {
        return expand(paths, file -> true);
    }

    /**
     * The inputs, with only the files found in folders that {@code include} accepts (the
     * configuration's include and exclude globs); files named on the command line are always
     * audited.
     */
    public static List<Input> plan(List<String> paths, Predicate<Path> include) {
        return expand(paths, include);
    }

    /**
     * Audits every input and hands each result to {@code sink} in input order. At most a few
     * documents per thread are in flight, so memory does not grow with the number of inputs.
     *
     * @throws IOException when the sink cannot write; the run stops there
     */
    public <T> void run(List<Input> inputs, InputStream stdin, DocumentSink<T> sink) throws IOException {
        int workers = Math.min(threads, Math.max(1, inputs.size()));
        ExecutorService pool = Executors.newFixedThreadPool(workers, WorkerThreads.named("copydesk-audit"));
        record Done<T>(DocumentResult result, T prepared) {
        }
        try {
            int window = workers * 4;
            java.util.ArrayDeque<Future<Done<T>>> inFlight = new java.util.ArrayDeque<>();
            int next = 0;
            for (int i = 0; i < inputs.size(); i++) {
                while (next < inputs.size() && next < i + window) {
                    Input input = inputs.get(next++);
                    inFlight.add(pool.submit(() -> {
                        try {
                            DocumentResult result = auditSafely(input, stdin);
                            return new Done<>(result, sink.prepare(result));
                        } catch (OutOfMemoryError tooBig) {
                            // Everything this document allocated is garbage once we are here, so the
                            // batch can go on; the document fails with a reason the user can act on.
                            DocumentResult failed = input.located(DocumentResult.failed(input.displayPath(), tooLarge(input)));
                            return new Done<>(failed, sink.prepare(failed));
                        } catch (java.io.UncheckedIOException cannotWrite) {
                            throw cannotWrite; // the output is gone: the run stops, as documented
                        } catch (RuntimeException renderingBug) {
                            // A bug in a report writer: this document's reports are lost, not the batch's.
                            DocumentResult failed = input.located(DocumentResult.failed(input.displayPath(),
                                    "internal error while writing its reports: " + renderingBug));
                            return new Done<>(failed, sink.prepare(failed));
                        }
                    }));
                }
                Done<T> done = await(inFlight.poll(), inputs.get(i), sink);
                sink.accept(done.result(), done.prepared());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The results of every input, in order, held in memory: for tests and small runs. */
    public AuditRun run(List<String> paths, InputStream stdin) {
        List<DocumentResult> results = new ArrayList<>();
        try {
            run(plan(paths), stdin, new DocumentSink<Void>() {
                @Override
                public Void prepare(DocumentResult document) {
                    return null;
                }

                @Override
                public void accept(DocumentResult document, Void prepared) {
                    results.add(document);
                }
            });
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new AuditRun(results);
    }

    /**
     * Heap a document needs per megabyte of its text, with headroom: measured at about 100 MB per
     * MB for JSON and 150 MB per MB with the HTML report (docs/cli.md).
     */
    static final int HEAP_MB_PER_TEXT_MB = 200;

    private static String tooLarge(Input input) {
        long bytes = -1;
        try {
            if (input.exportLine() != null) {
                bytes = input.exportLine().length();
            } else if (input.file() != null) {
                bytes = Files.size(input.file());
            }
        } catch (IOException ignored) {
            // the size only sharpens the advice
        }
        return bytes < 0 ? "not enough memory to audit this document; give Java more heap (java -Xmx8g -jar ...) or split "
                + "the document" : heapAdvice(bytes);
    }

    /** What to tell the user whose document of {@code bytes} did not fit in the heap. */
    public static String heapAdvice(long bytes) {
        double megabytes = bytes / 1048576.0;
        long gigabytes = Math.max(1, (long) Math.ceil(megabytes * HEAP_MB_PER_TEXT_MB / 1024));
        return String.format(java.util.Locale.ROOT, "not enough memory to audit this document (%.1f MB); it needs about "
                + "%d GB of heap: java -Xmx%dg -jar ..., or split the document", megabytes, gigabytes, gigabytes);
    }

    private DocumentResult auditSafely(Input input, InputStream stdin) {
        return input.located(alone(input.displayPath(), () -> auditInput(input, stdin)));
    }

    /** One document's audit, which may refuse the document with a reason for the user. */
    public interface DocumentAudit {
        DocumentResult run() throws InputException;
    }

    /**
     * Runs one document's audit so that its failure is its own: a reason the user can act on, or
     * an internal error (a bug, not the user's fault), becomes a failed result and the batch, or
     * any other caller's run, goes on.
     */
    public static DocumentResult alone(String displayPath, DocumentAudit audit) {
        try {
            return audit.run();
        } catch (InputException e) {
            return DocumentResult.failed(displayPath, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return DocumentResult.failed(displayPath, "internal error: " + e);
        }
    }

    private DocumentResult auditInput(Input input, InputStream stdin) throws InputException {
        if (input.error() != null) {
            return DocumentResult.failed(input.displayPath(), input.error());
        }
        if (input.exportLine() != null) {
            return auditor.audit(JsonlExport.read(input.file(), input.exportLine(), input.displayPath(), reader));
        }
        return auditor.audit(input.file() == null ? reader.readStdin(stdin) : reader.read(input.file(), input.displayPath()));
    }

    private static <T> T await(Future<T> future, Input input, DocumentSink<?> sink) throws IOException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof java.io.UncheckedIOException io) {
                throw io.getCause();
            }
            throw new IllegalStateException("rendering " + input.displayPath() + " failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while auditing " + input.displayPath());
        }
    }

    static List<Input> expand(List<String> paths) {
        return expand(paths, file -> true);
    }

    static List<Input> expand(List<String> paths, Predicate<Path> include) {
        List<Input> inputs = new ArrayList<>();
        for (String given : paths) {
            if ("-".equals(given)) {
                inputs.add(new Input(null, "-", null));
                continue;
            }
            Path path = Path.of(given);
            if (Files.isDirectory(path)) {
                List<Input> unreadable = new ArrayList<>();
                int[] excluded = {0};
                List<Path> files = articlesUnder(path, unreadable, given, include, excluded);
                inputs.addAll(unreadable);
                if (files.isEmpty() && unreadable.isEmpty()) {
                    inputs.add(new Input(path, given, excluded[0] > 0
                            ? "every article file in the folder is excluded by the configuration"
                            : "folder has no .txt, .md, .markdown, .html, .htm or .jsonl files"));
                }
                for (Path file : files) {
                    String relative = path.relativize(file).toString().replace('\\', '/');
                    String base = given.endsWith("/") ? given : given + "/";
                    if (JsonlExport.isExport(file)) {
                        inputs.addAll(exportLines(file, base + relative));
                    } else {
                        inputs.add(new Input(file, base + relative, null));
                    }
                }
            } else if (!Files.exists(path)) {
                inputs.add(new Input(path, given, "no such file or directory"));
            } else if (JsonlExport.isExport(path)) {
                inputs.addAll(exportLines(path, given));
            } else {
                inputs.add(new Input(path, given, null));
            }
        }
        return inputs;
    }

    /** One input per article of a JSONL export, named {@code export.jsonl#id}. */
    private static List<Input> exportLines(Path file, String given) {
        List<Input> inputs = new ArrayList<>();
        try {
            for (JsonlExport.Entry entry : JsonlExport.index(file)) {
                inputs.add(new Input(file, given + "#" + entry.name(), entry.error(), entry));
            }
            if (inputs.isEmpty()) {
                inputs.add(new Input(file, given, "export has no articles"));
            }
        } catch (IOException e) {
            inputs.add(new Input(file, given, "cannot read: " + e.getMessage()));
        }
        return inputs;
    }

    /** Article files under {@code folder}, sorted; folders that cannot be read become failed inputs. */
    private static List<Path> articlesUnder(Path folder, List<Input> unreadable, String given, Predicate<Path> include,
            int[] excluded) {
        List<Path> files = new ArrayList<>();
        try {
            // Linked folders are audited too; a link back up the tree is walked once, not forever.
            Files.walkFileTree(folder, java.util.EnumSet.of(java.nio.file.FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new java.nio.file.SimpleFileVisitor<>() {
                @Override
                public java.nio.file.FileVisitResult preVisitDirectory(Path dir, java.nio.file.attribute.BasicFileAttributes a) {
                    return !dir.equals(folder) && isHidden(folder.relativize(dir))
                            ? java.nio.file.FileVisitResult.SKIP_SUBTREE : java.nio.file.FileVisitResult.CONTINUE;
                }

                @Override
                public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes a) {
                    if (Files.isRegularFile(file) && (InputFormat.forFileName(file.getFileName().toString()).isPresent()
                            || JsonlExport.isExport(file))
                            && !isHidden(folder.relativize(file))) {
                        if (include.test(file)) {
                            files.add(file);
                        } else {
                            excluded[0]++;
                        }
                    }
                    return java.nio.file.FileVisitResult.CONTINUE;
                }

                @Override
                public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (e instanceof java.nio.file.FileSystemLoopException) {
                        return java.nio.file.FileVisitResult.CONTINUE;
                    }
                    String base = given.endsWith("/") ? given : given + "/";
                    unreadable.add(new Input(file, base + folder.relativize(file).toString().replace('\\', '/'),
                            e instanceof java.nio.file.AccessDeniedException ? "permission denied" : "cannot read: " + e.getMessage()));
                    return java.nio.file.FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            unreadable.add(new Input(folder, given, "cannot read folder: " + e.getMessage()));
        }
        files.sort(null);
        return files;
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
