package dev.copydesk.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a file so that readers see either the old file or the complete new one, and never
 * writes anywhere but the path it was given.
 *
 * <p>The new content goes to a temporary file beside the target, which is then renamed over it.
 * A symbolic link at the target is replaced, not followed: a reports folder in a checkout can
 * hold links planted by anyone who can open a pull request, and following one would let an
 * article's text overwrite any file the CI job can write. Only the system's own special files
 * ({@code /dev/null}, {@code /dev/stdout}, a FIFO) are written in place, since renaming over them
 * would replace the device with a regular file.
 *
 * <p>Temporary files are named {@code .copydesk-PID-RANDOM.tmp}. Those of this process are
 * deleted when it is stopped (TERM, INT); those of a process that no longer runs (killed with
 * {@code -9}, or a crash) are swept by {@link #sweepStale} at the next run's start.
 */
public final class AtomicFiles {
    private static final String TEMP_PREFIX = ".copydesk-";
    private static final String TEMP_SUFFIX = ".tmp";
    /**
     * Our naming: the writing process's id and start time (so a later process that got the same id,
     * as PID 1 in every container does, can tell the file is not its own), then a random part.
     */
    private static final Pattern TEMP_NAME = Pattern.compile("\\.copydesk-(\\d+)-(\\d+)-[0-9a-f]+\\.tmp");
    /** The naming of earlier versions (no process id): swept only when clearly abandoned. */
    private static final Pattern LEGACY_TEMP_NAME = Pattern.compile("\\.copydesk-\\d+\\.tmp");
    private static final Duration LEGACY_AGE = Duration.ofHours(1);
    private static final long PID = ProcessHandle.current().pid();
    private static final long STARTED = startOf(ProcessHandle.current());
    /** Set when the process is stopping: no new temporary file may then be left behind. */
    private static volatile boolean stopping;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<Path> LIVE_TEMPS = ConcurrentHashMap.newKeySet();
    /**
     * Whether each folder written to keeps POSIX permissions. Asking the file store reads the
     * mount table, which cost more than writing a report; a run writes to a few folders.
     */
    private static final java.util.Map<Path, Boolean> POSIX_FOLDERS = new ConcurrentHashMap<>();

    static {
        Thread cleanup = new Thread(() -> {
            // Workers may still be writing: from here on a new temporary file deletes itself (createTemp).
            stopping = true;
            for (Path temp : LIVE_TEMPS) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // The process is going; the next run sweeps what is left.
                }
            }
        }, "copydesk-temp-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
    }

    private AtomicFiles() {
    }

    /**
     * A file being written: {@link #commit} puts it in place whole, {@link #abort} drops it. Writes
     * into the system's special files in place, like {@link #write}.
     */
    public static final class Pending implements AutoCloseable {
        private final Path target;
        private final Path temp;
        private final Writer writer;
        private boolean done;

        private Pending(Path target, Path temp, Writer writer) {
            this.target = target;
            this.temp = temp;
            this.writer = new NamedWriter(writer, target);
        }

        public Writer writer() {
            return writer;
        }

        public void commit() throws IOException {
            writer.close();
            done = true;
            if (temp != null) {
                try {
                    moveIntoPlace(temp, target);
                } finally {
                    discard(temp);
                }
            }
        }

        public void abort() {
            if (!done) {
                done = true;
                try {
                    writer.close();
                } catch (IOException ignored) {
                    // The temporary file goes all the same.
                }
                if (temp != null) {
                    try {
                        discard(temp);
                    } catch (IOException ignored) {
                        // Nothing more to undo; the next run sweeps it.
                    }
                }
            }
        }

        @Override
        public void close() {
            abort();
        }
    }


    public static Pending open(Path target) throws IOException {
        if (writesInPlace(target)) {
            return new Pending(target, null, new BufferedWriter(new OutputStreamWriter(inPlace(target), StandardCharsets.UTF_8)));
        }
        Path temp = createTemp(target);
        try {
            return new Pending(target, temp, new BufferedWriter(new OutputStreamWriter(
                    Files.newOutputStream(temp, LinkOption.NOFOLLOW_LINKS), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            discard(temp);
            throw e;
        }
    }

    public static void write(Path target, String content) throws IOException {
        if (writesInPlace(target)) {
            try (var out = inPlace(target)) {
                out.write(content.getBytes(StandardCharsets.UTF_8));
            }
            return;
        }
        replace(target, content);
    }

    /**
     * Like {@link #write}, but never writes in place: for names in the reports folder, where
     * nothing but our own reports belongs, a FIFO or device planted there is replaced too.
     */
    public static void replace(Path target, String content) throws IOException {
        replace(target, content.getBytes(StandardCharsets.UTF_8));
    }

    /** {@link #replace(Path, String)} for bytes: a model file, a binary table. */
    public static void replace(Path target, byte[] content) throws IOException {
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileSystemException(target.toString(), null, "is a folder, not a file");
        }
        Path temp = createTemp(target);
        try {
            Files.write(temp, content, java.nio.file.StandardOpenOption.WRITE,
                    java.nio.file.StandardOpenOption.TRUNCATE_EXISTING, LinkOption.NOFOLLOW_LINKS);
            moveIntoPlace(temp, target);
        } finally {
            discard(temp);
        }
    }

    /**
     * Deletes the temporary files that runs which no longer exist left in {@code folder}; another
     * live run's files stay. Returns how many went. A folder that does not exist has none.
     */
    public static int sweepStale(Path folder) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        int swept = 0;
        Instant legacyBefore = Instant.now().minus(LEGACY_AGE);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, TEMP_PREFIX + "*" + TEMP_SUFFIX)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                Matcher ours = TEMP_NAME.matcher(name);
                boolean stale;
                if (ours.matches()) {
                    long pid = Long.parseLong(ours.group(1));
                    long started = Long.parseLong(ours.group(2));
                    stale = ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                            .map(p -> started != 0 && startOf(p) != 0 && startOf(p) != started).orElse(true);
                } else if (LEGACY_TEMP_NAME.matcher(name).matches()) {
                    FileTime modified = Files.getLastModifiedTime(entry, LinkOption.NOFOLLOW_LINKS);
                    stale = modified.toInstant().isBefore(legacyBefore);
                } else {
                    stale = false;
                }
                if (stale && Files.deleteIfExists(entry)) {
                    swept++;
                }
            }
        } catch (IOException ignored) {
            // Sweeping is tidying: a folder we cannot list or clean is reported when we write to it.
        }
        return swept;
    }

    /**
     * The system's own files take output as they are: devices and FIFOs that are not links
     * ({@code /dev/null}, a FIFO the user made), and the standard links to this process's
     * streams ({@code /dev/stdout -> /proc/self/fd/1}). Any other link is replaced, never
     * followed, wherever it is ({@code /dev/shm} included).
     */
    private static boolean writesInPlace(Path target) throws IOException {
        if (Files.isSymbolicLink(target)) {
            String absolute = target.toAbsolutePath().normalize().toString();
            return STREAM_LINK.matcher(absolute).matches() && Files.exists(target);
        }
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileSystemException(target.toString(), null, "is a folder, not a file");
        }
        return Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * Opened to append, never truncated: {@code --output /dev/stdout >> build.log} must add to the
     * log, and a device or FIFO has nothing to truncate.
     */
    private static java.io.OutputStream inPlace(Path target) throws IOException {
        return Files.newOutputStream(target, java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.APPEND);
    }

    private static final Pattern STREAM_LINK = Pattern.compile("/dev/(?:stdout|stderr|fd/\\d+)|/proc/(?:self|\\d+)/fd/\\d+");

    /** A process's start, in milliseconds, or 0 where the system does not say. */
    private static long startOf(ProcessHandle process) {
        return process.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
    }

    private static Path createTemp(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path shown = target.getParent() == null ? Path.of(".") : target.getParent();
        createFolder(shown);
        for (int attempt = 0; ; attempt++) {
            Path temp = dir.resolve(TEMP_PREFIX + PID + "-" + STARTED + "-" + Long.toHexString(RANDOM.nextLong() >>> 1)
                    + TEMP_SUFFIX);
            try {
                // CREATE_NEW refuses an existing name, link or not, so the temporary file is ours alone.
                Files.newByteChannel(temp, Set.of(java.nio.file.StandardOpenOption.CREATE_NEW,
                        java.nio.file.StandardOpenOption.WRITE),
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))).close();
                return registered(temp);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 8) {
                    throw e;
                }
            } catch (AccessDeniedException e) {
                throw new FileSystemException(shown.toString(), null, "permission denied (cannot write in this folder)");
            } catch (UnsupportedOperationException e) {
                // Not a POSIX file system: the folder's own permissions apply.
                Files.newByteChannel(temp, Set.of(java.nio.file.StandardOpenOption.CREATE_NEW,
                        java.nio.file.StandardOpenOption.WRITE)).close();
                return registered(temp);
            }
        }
    }

    /** Registers a new temporary file for cleanup, or deletes it at once if the process is stopping. */
    private static Path registered(Path temp) throws IOException {
        LIVE_TEMPS.add(temp);
        if (stopping) {
            discard(temp);
            throw new java.io.InterruptedIOException("stopping: " + temp.getFileName() + " not written");
        }
        return temp;
    }

    /**
     * Creates a folder and its parents, with a plain reason when it cannot: a file in the way
     * ({@code reports/x} where {@code reports} is a file) or no permission.
     */
    public static void createFolder(Path folder) throws IOException {
        try {
            Files.createDirectories(folder);
        } catch (FileAlreadyExistsException | NotDirectoryException e) {
            throw new FileSystemException(folder.toString(), null, "is not a folder (a file is in the way)");
        } catch (AccessDeniedException e) {
            throw new FileSystemException(folder.toString(), null, "permission denied (cannot create this folder)");
        } catch (FileSystemException e) {
            if (e.getReason() != null && e.getReason().contains("Not a directory")) {
                throw new FileSystemException(folder.toString(), null, "is not a folder (a file is in the way)");
            }
            throw e;
        }
    }

    private static void discard(Path temp) throws IOException {
        try {
            Files.deleteIfExists(temp);
        } finally {
            LIVE_TEMPS.remove(temp);
        }
    }

    private static boolean keepsPosixPermissions(Path temp) throws IOException {
        Path folder = temp.toAbsolutePath().getParent();
        Boolean known = POSIX_FOLDERS.get(folder);
        if (known == null) {
            known = Files.getFileStore(temp).supportsFileAttributeView("posix");
            POSIX_FOLDERS.put(folder, known);
        }
        return known;
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        if (keepsPosixPermissions(temp)) {
            // Temporary files are private; a report is an ordinary file others may read.
            Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
        }
        // A rename replaces the directory entry, so a link at the target is replaced, not followed.
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, LinkOption.NOFOLLOW_LINKS);
        }
        LIVE_TEMPS.remove(temp);
    }
}
