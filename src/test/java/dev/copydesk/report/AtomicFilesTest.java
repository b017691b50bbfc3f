package dev.copydesk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @Test
    void writesReplaceALinkAndLeaveItsTargetAlone(@TempDir Path dir) throws Exception {
        Path victim = Files.writeString(dir.resolve("victim"), "keep");
        Path link = Files.createSymbolicLink(dir.resolve("out.html"), victim);
        AtomicFiles.write(link, "new");
        assertEquals("keep", Files.readString(victim));
        assertFalse(Files.isSymbolicLink(link));
        assertEquals("new", Files.readString(link));
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling.html"), dir.resolve("nowhere/file"));
        try (AtomicFiles.Pending pending = AtomicFiles.open(dangling)) {
            pending.writer().write("also new");
            pending.commit();
        }
        assertFalse(Files.exists(dir.resolve("nowhere")), "a dangling link's target is not created");
        assertEquals("also new", Files.readString(dangling));
    }

    @Test
    void devicesAreWrittenInPlace() throws Exception {
        AtomicFiles.write(Path.of("/dev/null"), "gone");
        assertTrue(Files.isSymbolicLink(Path.of("/dev/stdout")) || !Files.exists(Path.of("/dev/stdout")));
    }

    @Test
    void anAbortedFileLeavesNothingBehind(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("r.json");
        try (AtomicFiles.Pending pending = AtomicFiles.open(target)) {
            pending.writer().write("half");
        }
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void sweepingTakesDeadRunsTempFilesOnly(@TempDir Path dir) throws Exception {
        long mine = ProcessHandle.current().pid();
        long started = ProcessHandle.current().info().startInstant().map(Instant::toEpochMilli).orElse(0L);
        Path dead = Files.writeString(dir.resolve(".copydesk-2147483646-1-abc123.tmp"), "x");
        Path live = Files.writeString(dir.resolve(".copydesk-" + mine + "-" + started + "-abc123.tmp"), "x");
        Path reused = Files.writeString(dir.resolve(".copydesk-" + mine + "-" + (started - 60_000) + "-abc123.tmp"), "x");
        Path oldLegacy = Files.writeString(dir.resolve(".copydesk-123456789.tmp"), "x");
        Files.setLastModifiedTime(oldLegacy, FileTime.from(Instant.now().minus(2, ChronoUnit.HOURS)));
        Path newLegacy = Files.writeString(dir.resolve(".copydesk-987654321.tmp"), "x");
        Path other = Files.writeString(dir.resolve("copydesk-2147483646-1-abc123.tmp"), "x");
        int expected = started == 0 ? 2 : 3;
        assertEquals(expected, AtomicFiles.sweepStale(dir));
        assertFalse(Files.exists(dead));
        assertFalse(Files.exists(oldLegacy));
        if (started != 0) {
            assertFalse(Files.exists(reused), "same process id, other start: a container's PID 1 of an earlier run");
        }
        assertTrue(Files.exists(live), "a live run's file stays");
        assertTrue(Files.exists(newLegacy), "a recent file of an older version may still be in use");
        assertTrue(Files.exists(other), "not ours");
    }

    @Test
    void reportsReplaceFifosAndLinksInTheirFolder(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("index.html");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "SKIPPED: no mkfifo here");
        AtomicFiles.replace(fifo, "<p>index</p>");
        assertTrue(Files.isRegularFile(fifo, java.nio.file.LinkOption.NOFOLLOW_LINKS), "a planted FIFO would hang the run");
        assertEquals("<p>index</p>", Files.readString(fifo));
    }

    @Test
    void writeFailuresNameTheirFile(@TempDir Path dir) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isWritable(Path.of("/dev/full")), "SKIPPED: no /dev/full");
        try (AtomicFiles.Pending pending = AtomicFiles.open(Path.of("/dev/full"))) {
            java.io.IOException e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, () -> {
                pending.writer().write("x".repeat(100_000));
                pending.commit();
            });
            assertTrue(e instanceof java.nio.file.FileSystemException f && "/dev/full".equals(f.getFile()), e.toString());
        }
    }
}
