package dev.copydesk.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Standard output that admits it failed. {@link PrintWriter} and {@link System#out} swallow write
 * errors, so a JSON report piped to a full disk or {@code /dev/full} came out cut short while the
 * run exited 0. Machine output written through {@link #checked} throws instead, naming stdout and
 * the system's reason, so the run can stop with exit 2.
 */
final class Stdout extends PrintWriter {
    private static final int CHECK_EVERY_CHARS = 64 * 1024;
    private final Recording stream;

    private Stdout(Recording stream) {
        super(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
        this.stream = stream;
    }

    /** The process's standard output, UTF-8, remembering why a write failed. */
    static Stdout open() {
        return new Stdout(new Recording(new FileOutputStream(FileDescriptor.out)));
    }

    /** Stdout could not take the output: the reason, and whether the reader simply went away. */
    static final class Failure extends IOException {
        private final boolean readerGone;

        Failure(String reason, boolean readerGone) {
            super("stdout: " + reason);
            this.readerGone = readerGone;
        }

        /** A closed pipe ({@code | head}): the reader stopped reading, which needs no message. */
        boolean readerGone() {
            return readerGone;
        }
    }

    /**
     * A writer over {@code out} that throws {@link Failure} once {@code out} has failed: checked
     * every 64 K characters, on flush and on close (which flushes but leaves {@code out} open).
     */
    static Writer checked(PrintWriter out) {
        return new Writer() {
            private long sinceCheck;

            @Override
            public void write(char[] chars, int offset, int length) throws IOException {
                out.write(chars, offset, length);
                sinceCheck += length;
                if (sinceCheck >= CHECK_EVERY_CHARS) {
                    flush();
                }
            }

            @Override
            public void write(String text, int offset, int length) throws IOException {
                out.write(text, offset, length);
                sinceCheck += length;
                if (sinceCheck >= CHECK_EVERY_CHARS) {
                    flush();
                }
            }

            @Override
            public void flush() throws IOException {
                sinceCheck = 0;
                if (out.checkError()) {
                    IOException cause = out instanceof Stdout s ? s.stream.failure : null;
                    String reason = cause == null || cause.getMessage() == null ? "write failed" : cause.getMessage();
                    throw new Failure(reason, reason.toLowerCase(java.util.Locale.ROOT).contains("broken pipe"));
                }
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    /** An output stream that keeps the first failure's exception, which PrintWriter would drop. */
    private static final class Recording extends FilterOutputStream {
        private volatile IOException failure;

        Recording(OutputStream out) {
            super(out);
        }

        private interface Write {
            void run() throws IOException;
        }

        private void recorded(Write write) throws IOException {
            try {
                write.run();
            } catch (IOException e) {
                if (failure == null) {
                    failure = e;
                }
                throw e;
            }
        }

        @Override
        public void write(int b) throws IOException {
            recorded(() -> out.write(b));
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            recorded(() -> out.write(bytes, offset, length));
        }

        @Override
        public void flush() throws IOException {
            recorded(out::flush);
        }
    }
}
