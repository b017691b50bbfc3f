package dev.copydesk.report;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.FileSystemException;
import java.nio.file.Path;

/** A writer whose failures name the file they were for ("/dev/full: No space left on device"). */
final class NamedWriter extends FilterWriter {
    private final Path target;

    NamedWriter(Writer out, Path target) {
        super(out);
        this.target = target;
    }

    private interface Write {
        void run() throws IOException;
    }

    private void named(Write write) throws IOException {
        try {
            write.run();
        } catch (FileSystemException e) {
            throw e;
        } catch (IOException e) {
            throw new FileSystemException(target.toString(), null,
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    @Override
    public void write(int c) throws IOException {
        named(() -> out.write(c));
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        named(() -> out.write(chars, offset, length));
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        named(() -> out.write(text, offset, length));
    }

    @Override
    public void flush() throws IOException {
        named(out::flush);
    }

    @Override
    public void close() throws IOException {
        named(out::close);
    }
}
