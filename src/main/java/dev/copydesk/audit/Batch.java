package dev.copydesk.audit;

import dev.copydesk.input.ArticleReader;
import dev.copydesk.input.InputException;
import dev.copydesk.input.InputFormat;
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
import java.util.stream.Stream;

/**
 * Runs an audit over the user's paths: files, folders (recursively, every .txt, .md, .html and
 * .htm file, hidden entries skipped, in sorted order) and {@code -} for stdin. Documents are
 * audited in parallel; results keep the input order.
 */
public final class Batch {
    private static final long WORKER_STACK_BYTES = 16L * 1024 * 1024;

    private final Auditor auditor;
    private final ArticleReader reader;
    private final int threads;

    public Batch(Auditor auditor, ArticleReader reader, int threads) {
        this.auditor = auditor;
        this.reader = reader;
        this.threads = Math.max(1, threads);
    }

    /** One input of a run: a file with the path to show for it, or stdin. */
    record Input(Path file, String displayPath, String error) {
    }

    public AuditRun run(List<String> paths, InputStream stdin) {
        List<Input> inputs = expand(paths);
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, inputs.size())),
                task -> {
                    // Deeply nested markup recurses in the parsers; a roomy stack keeps real pages readable.
                    Thread thread = new Thread(null, task, "copydesk-audit", WORKER_STACK_BYTES);
                    thread.setDaemon(true);
                    return thread;
                });
        try {
            List<Future<DocumentResult>> futures = new ArrayList<>();
            for (Input input : inputs) {
                futures.add(pool.submit(() -> auditOne(input, stdin)));
            }
            List<DocumentResult> results = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                results.add(await(futures.get(i), inputs.get(i)));
            }
            return new AuditRun(results);
        } finally {
            pool.shutdownNow();
        }
    }

    private DocumentResult auditOne(Input input, InputStream stdin) {
        if (input.error() != null) {
            return DocumentResult.failed(input.displayPath(), input.error());
        }
        try {
            return auditor.audit(input.file() == null ? reader.readStdin(stdin)
                    : reader.read(input.file(), input.displayPath()));
        } catch (InputException e) {
            return DocumentResult.failed(input.displayPath(), e.getMessage());
        }
    }

    private static DocumentResult await(Future<DocumentResult> future, Input input) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            // A bug, not the user's fault; still, one article must not sink the batch.
            Throwable cause = e.getCause();
            return DocumentResult.failed(input.displayPath(), "internal error: " + cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return DocumentResult.failed(input.displayPath(), "interrupted");
        }
    }

    static List<Input> expand(List<String> paths) {
        List<Input> inputs = new ArrayList<>();
        for (String given : paths) {
            if ("-".equals(given)) {
                inputs.add(new Input(null, "-", null));
                continue;
            }
            Path path = Path.of(given);
            if (Files.isDirectory(path)) {
                List<Input> unreadable = new ArrayList<>();
                List<Path> files = articlesUnder(path, unreadable, given);
                inputs.addAll(unreadable);
                if (files.isEmpty() && unreadable.isEmpty()) {
                    inputs.add(new Input(path, given, "folder has no .txt, .md or .html files"));
                }
                for (Path file : files) {
                    String relative = path.relativize(file).toString().replace('\\', '/');
                    String base = given.endsWith("/") ? given : given + "/";
                    inputs.add(new Input(file, base + relative, null));
                }
            } else if (!Files.exists(path)) {
                inputs.add(new Input(path, given, "no such file or directory"));
            } else {
                inputs.add(new Input(path, given, null));
            }
        }
        return inputs;
    }

    /** Article files under {@code folder}, sorted; folders that cannot be read become failed inputs. */
    private static List<Path> articlesUnder(Path folder, List<Input> unreadable, String given) {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(folder, new java.nio.file.SimpleFileVisitor<>() {
                @Override
                public java.nio.file.FileVisitResult preVisitDirectory(Path dir, java.nio.file.attribute.BasicFileAttributes a) {
                    return !dir.equals(folder) && isHidden(folder.relativize(dir))
                            ? java.nio.file.FileVisitResult.SKIP_SUBTREE : java.nio.file.FileVisitResult.CONTINUE;
                }

                @Override
                public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes a) {
                    if (Files.isRegularFile(file) && InputFormat.forFileName(file.getFileName().toString()).isPresent()
                            && !isHidden(folder.relativize(file))) {
                        files.add(file);
                    }
                    return java.nio.file.FileVisitResult.CONTINUE;
                }

                @Override
                public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) {
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
