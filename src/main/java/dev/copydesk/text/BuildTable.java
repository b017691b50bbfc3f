package dev.copydesk.text;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The binary tables the build writes so that a run need not work out again what every run works
 * out the same way (the Unicode sets, pattern readings and phrase keys of the shipped rules). A
 * table is a header (its layout's number, what its contents depend on, such as ICU's version,
 * and the number of entries) and then its entries. One that is missing, of another layout or
 * another dependency, or cut short reads as empty, and the run works everything out itself.
 */
public final class BuildTable {
    private BuildTable() {
    }

    /** Writes a whole file. */
    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out) throws IOException;
    }

    /**
     * What a run asked a table for, kept only once the build step that writes the table has
     * called {@link #record}: the table then holds exactly what the shipped rules need.
     * Thread-safe.
     */
    public static final class Asked<K> {
        private final Set<K> asked = ConcurrentHashMap.newKeySet();
        private volatile boolean recording;

        /** From now on, keeps every key {@link #note}d. */
        public void record() {
            recording = true;
        }

        public void note(K key) {
            if (recording) {
                asked.add(key);
            }
        }

        /** The keys noted since {@link #record}. */
        public Set<K> all() {
            return Set.copyOf(asked);
        }
    }

    /** Writes a build file through a name of its own and a move, so that a failed build leaves no half-written file. */
    public static void writeFile(Path output, Writer writer) throws IOException {
        Path partial = output.resolveSibling(output.getFileName() + ".partial");
        try (OutputStream out = Files.newOutputStream(partial)) {
            writer.write(out);
        }
        Files.move(partial, output, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Reads one entry of a table. */
    @FunctionalInterface
    public interface EntryReader<K, V> {
        Map.Entry<K, V> read(DataInputStream in) throws IOException;
    }

    /** Starts writing a table of {@code entries} entries; the caller writes them, then flushes. */
    public static DataOutputStream start(OutputStream target, int format, String dependsOn, int entries)
            throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(target));
        out.writeInt(format);
        out.writeUTF(dependsOn);
        out.writeInt(entries);
        return out;
    }

    /** The table in a resource beside {@code owner}'s classes, or an empty one. */
    public static <K, V> Map<K, V> readResource(Class<?> owner, String resource, int format, String dependsOn,
            EntryReader<K, V> entry) {
        try (InputStream in = owner.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? Map.of() : read(in, format, dependsOn, entry);
        } catch (IOException e) {
            return Map.of();
        }
    }

    /**
     * Reads the header {@link #start} wrote: the number of entries that follow, or -1 when the
     * table is of another layout or dependency. For a table whose entries are read another way.
     */
    public static int entries(DataInputStream in, int format, String dependsOn) throws IOException {
        return in.readInt() == format && in.readUTF().equals(dependsOn) ? in.readInt() : -1;
    }

    /** The table {@link #start} began, or an empty one when it is not of this layout and dependency. */
    public static <K, V> Map<K, V> read(InputStream source, int format, String dependsOn, EntryReader<K, V> entry) {
        try {
            DataInputStream in = new DataInputStream(new BufferedInputStream(source));
            int count = entries(in, format, dependsOn);
            if (count < 0) {
                return Map.of();
            }
            Map<K, V> table = new HashMap<>();
            for (int i = 0; i < count; i++) {
                Map.Entry<K, V> read = entry.read(in);
                table.put(read.getKey(), read.getValue());
            }
            return table;
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
    }

    /** Writes a list of strings, or a mark for none when it is null. */
    public static void writeList(DataOutputStream out, List<String> list) throws IOException {
        out.writeInt(list == null ? -1 : list.size());
        if (list != null) {
            for (String item : list) {
                out.writeUTF(item);
            }
        }
    }

    /** A list {@link #writeList} wrote, or null for none. */
    public static List<String> readList(DataInputStream in) throws IOException {
        int size = in.readInt();
        if (size < 0) {
            return null;
        }
        List<String> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            list.add(in.readUTF());
        }
        return list;
    }
}
