package dev.copydesk.report;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One run at a time per reports folder. Two runs writing the same folder would replace each
 * other's reports and leave an index that lists only one of them, so the second run stops
 * before it audits anything and says which process holds the folder.
 *
 * <p>The lock is the operating system's lock on {@code .copydesk.lock} in the folder, so it goes
 * with its process however that process ends (even {@code kill -9}): a stale lock file is
 * harmless. The file is opened without following links, and holds only the holder's process id.
 */
public final class ReportsFolderLock implements AutoCloseable {
    public static final String FILE_NAME = ".copydesk.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private ReportsFolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Thrown when another run holds the folder. */
    public static final class Busy extends IOException {
        public Busy(String message) {
            super(message);
        }
    }

    /**
     * Creates the folder if needed and takes its lock.
     *
     * @throws Busy when another run holds it
     * @throws IOException when the folder or its lock file cannot be written
     */
    public static ReportsFolderLock acquire(Path folder) throws IOException {
        AtomicFiles.createFolder(folder);
        Path file = folder.resolve(FILE_NAME);
        if (Files.isSymbolicLink(file)) {
            // Planted, not ours: the link goes (its target is untouched) and a lock file of our own takes its place.
            Files.delete(file);
        }
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE,
                    LinkOption.NOFOLLOW_LINKS);
        } catch (java.nio.file.AccessDeniedException e) {
            throw new FileSystemException(folder.toString(), null, "permission denied (cannot write in this folder)");
        } catch (IOException e) {
            if (Files.isSymbolicLink(file)) {
                throw new FileSystemException(file.toString(), null, "is a symbolic link; Copydesk does not follow links "
                        + "in a reports folder (remove it)");
            }
            throw e;
        }
        try {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held by this process already: another run in the same JVM
            }
            if (lock == null) {
                String holder = readHolder(channel);
                channel.close();
                throw new Busy("reports folder " + folder + " is in use by another copydesk run"
                        + (holder.isEmpty() ? "" : " (process " + holder + ")")
                        + "; wait for it to finish, or give this run its own --reports folder");
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
            return new ReportsFolderLock(channel, lock);
        } catch (IOException | RuntimeException e) {
            if (channel.isOpen()) {
                channel.close();
            }
            throw e;
        }
    }

    private static String readHolder(FileChannel channel) {
        try {
            ByteBuffer buffer = ByteBuffer.allocate(32);
            channel.read(buffer, 0);
            String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII).strip();
            return text.matches("\\d{1,19}") ? text : "";
        } catch (IOException e) {
            return "";
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
