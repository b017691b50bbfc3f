package dev.copydesk.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/** Writes a file so that readers see either the old file or the complete new one. */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /**
     * A file being written: {@link #commit} puts it in place whole, {@link #abort} drops it. Writes
     * through symlinks and into devices and pipes in place, like {@link #write}.
     */
    public static final class Pending implements AutoCloseable {
        private final Path target;
        private final Path temp;
        private final java.io.Writer writer;
        private boolean done;

        private Pending(Path target, Path temp, java.io.Writer writer) {
            this.target = target;
            this.temp = temp;
            this.writer = writer;
        }

        public java.io.Writer writer() {
            return writer;
        }

        public void commit() throws IOException {
            writer.close();
            done = true;
            if (temp != null) {
                try {
                    moveIntoPlace(temp, target);
                } finally {
                    Files.deleteIfExists(temp);
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
                try {
                    if (temp != null) {
                        Files.deleteIfExists(temp);
                    }
                } catch (IOException ignored) {
                    // Nothing more to undo.
                }
            }
        }

        @Override
        public void close() {
            abort();
        }
    }

    public static Pending open(Path target) throws IOException {
        if (Files.exists(target)) {
            target = target.toRealPath();
            if (!Files.isRegularFile(target)) {
                return new Pending(target, null, new java.io.BufferedWriter(new java.io.OutputStreamWriter(
                        Files.newOutputStream(target), StandardCharsets.UTF_8)));
            }
        }
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, ".copydesk-", ".tmp");
        // Like the in-place writer above, an encoder that replaces what UTF-8 cannot carry (a lone
        // surrogate, say, in a JSONL export's id) with '?' rather than failing the whole output.
        return new Pending(target, temp, new java.io.BufferedWriter(new java.io.OutputStreamWriter(
                Files.newOutputStream(temp), StandardCharsets.UTF_8)));
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        if (Files.getFileStore(temp).supportsFileAttributeView("posix")) {
            // Temporary files are private; a report is an ordinary file others may read.
            Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
        }
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    public static void write(Path target, String content) throws IOException {
        if (Files.exists(target)) {
            // Write through symlinks, and into devices and pipes (/dev/null, /dev/stdout, a FIFO)
            // in place: renaming over them would replace the special file with a regular one.
            target = target.toRealPath();
            if (!Files.isRegularFile(target)) {
                Files.writeString(target, content, StandardCharsets.UTF_8);
                return;
            }
        }
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, ".copydesk-", ".tmp");
        try {
            Files.writeString(temp, content, StandardCharsets.UTF_8);
            moveIntoPlace(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
