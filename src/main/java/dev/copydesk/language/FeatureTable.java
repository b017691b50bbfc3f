package dev.copydesk.language;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import opennlp.tools.ml.model.Context;

/**
 * The part-of-speech model's features and their parameters as whole arrays: the names, then the
 * parameters. A run looks up a few thousand of the 33,500 features, for the
 * words it meets; reading the arrays in bulk and building a {@link Context} only for a feature
 * asked for costs a fraction of building a map of them all, which was most of the model's
 * loading (about 40 ms of the start).
 *
 * <p>The file holds neither hashes nor slots: they are made when the table is read, from the
 * names (a millisecond or two). So a file can never hold a table whose probing does not end, and
 * the mixing of hashes can change without a new file format. Every count and offset read is
 * checked against what is left to read and against the other arrays, so a damaged file is an
 * {@link java.io.IOException}, not a wrong answer or an endless loop. Slots hold an
 * entry's index plus one (0 for empty), at the mixed hash of its name, then onwards to the next
 * free one; the table is at most half full. Immutable and thread-safe; each {@link #get} returns
 * a new {@link Context} (the model only reads them).
 */
final class FeatureTable extends AbstractMap<String, Context> {
    private final int[] slots;
    private final int[] hashes;
    /** Where each entry's name starts in {@code names}, and (last) where the names end. */
    private final int[] nameStarts;
    private final char[] names;
    /** Where each entry's parameters start in {@code tags} and {@code values}, and (last) where they end. */
    private final int[] parameterStarts;
    private final short[] tags;
    private final double[] values;

    private FeatureTable(int[] slots, int[] hashes, int[] nameStarts, char[] names, int[] parameterStarts,
            short[] tags, double[] values) {
        this.slots = slots;
        this.hashes = hashes;
        this.nameStarts = nameStarts;
        this.names = names;
        this.parameterStarts = parameterStarts;
        this.tags = tags;
        this.values = values;
    }

    /**
     * Laid out from features in the order given (the build gives them sorted, so the file is the
     * same at every build); tags must be below {@code tagCount}, at most {@link Short#MAX_VALUE}.
     */
    static FeatureTable of(Map<String, Context> features, int tagCount) {
        if (tagCount > Short.MAX_VALUE) {
            throw new IllegalArgumentException("more tags than the table holds");
        }
        int n = features.size();
        int[] hashes = new int[n];
        int[] nameStarts = new int[n + 1];
        int[] parameterStarts = new int[n + 1];
        StringBuilder names = new StringBuilder();
        int pairs = 0;
        for (Context c : features.values()) {
            pairs += c.getOutcomes().length;
        }
        short[] tags = new short[pairs];
        double[] values = new double[pairs];
        int e = 0;
        int p = 0;
        for (Map.Entry<String, Context> feature : features.entrySet()) {
            String name = feature.getKey();
            hashes[e] = name.hashCode();
            nameStarts[e] = names.length();
            names.append(name);
            parameterStarts[e] = p;
            int[] outcomes = feature.getValue().getOutcomes();
            double[] parameters = feature.getValue().getParameters();
            for (int k = 0; k < outcomes.length; k++, p++) {
                if (outcomes[k] < 0 || outcomes[k] >= tagCount) {
                    throw new IllegalArgumentException("feature " + name + " has tag " + outcomes[k] + " of " + tagCount);
                }
                tags[p] = (short) outcomes[k];
                values[p] = parameters[k];
            }
            e++;
        }
        nameStarts[n] = names.length();
        parameterStarts[n] = p;
        char[] chars = new char[names.length()];
        names.getChars(0, chars.length, chars, 0);
        return new FeatureTable(slots(hashes), hashes, nameStarts, chars, parameterStarts, tags, values);
    }

    /**
     * Bytes {@link #write} wrote, from the buffer's position to its end, for a model of
     * {@code tagCount} tags. Throws when they are cut short, run on, or do not hold together.
     */
    static FeatureTable read(ByteBuffer in, int tagCount) throws java.io.IOException {
        try {
            int n = count(in, Integer.BYTES);
            int[] nameStarts = ints(in, n + 1);
            char[] names = new char[count(in, Character.BYTES)];
            in.asCharBuffer().get(names);
            in.position(in.position() + Character.BYTES * names.length);
            int[] parameterStarts = ints(in, n + 1);
            short[] tags = new short[count(in, Short.BYTES + Double.BYTES)];
            in.asShortBuffer().get(tags);
            in.position(in.position() + Short.BYTES * tags.length);
            double[] values = new double[tags.length];
            in.asDoubleBuffer().get(values);
            in.position(in.position() + Double.BYTES * values.length);
            if (in.hasRemaining() || !rising(nameStarts, names.length) || !rising(parameterStarts, tags.length)) {
                throw new java.io.IOException("the part-of-speech model's feature table does not hold together");
            }
            for (short tag : tags) {
                if (tag < 0 || tag >= tagCount) {
                    throw new java.io.IOException("the part-of-speech model's feature table names tag " + tag + " of " + tagCount);
                }
            }
            int[] hashes = new int[n];
            for (int e = 0; e < n; e++) {
                hashes[e] = hashOf(names, nameStarts[e], nameStarts[e + 1]);
            }
            return new FeatureTable(slots(hashes), hashes, nameStarts, names, parameterStarts, tags, values);
        } catch (BufferUnderflowException e) {
            throw new java.io.IOException("the part-of-speech model's feature table is cut short", e);
        }
    }

    /**
     * The table as {@link #read} reads it: the count of names, where each starts, the names, where
     * each one's parameters start, then the count of parameters, their tags and their values.
     */
    void write(java.io.DataOutputStream out) throws java.io.IOException {
        out.writeInt(hashes.length);
        writeInts(out, nameStarts);
        out.writeInt(names.length);
        for (char c : names) {
            out.writeChar(c);
        }
        writeInts(out, parameterStarts);
        out.writeInt(tags.length);
        for (short t : tags) {
            out.writeShort(t);
        }
        for (double v : values) {
            out.writeDouble(v);
        }
    }

    /** {@link String#hashCode} of the name in {@code names} from {@code start} to {@code end}, as the language defines it. */
    private static int hashOf(char[] names, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + names[i];
        }
        return h;
    }

    /** Each entry placed at its mixed hash or the next free slot after it, in a table at most half full. */
    private static int[] slots(int[] hashes) {
        int[] slots = new int[Integer.highestOneBit(Math.max(1, hashes.length)) * 4];
        for (int e = 0; e < hashes.length; e++) {
            int slot = mix(hashes[e]) & (slots.length - 1);
            while (slots[slot] != 0) {
                slot = (slot + 1) & (slots.length - 1);
            }
            slots[slot] = e + 1;
        }
        return slots;
    }

    /** A count read from the file, which cannot ask for more than the rest of the file holds at {@code bytes} each. */
    private static int count(ByteBuffer in, int bytes) throws java.io.IOException {
        int count = in.getInt();
        if (count < 0 || count > in.remaining() / bytes) {
            throw new java.io.IOException("the part-of-speech model's feature table counts " + count + " past its end");
        }
        return count;
    }

    /** Whether {@code starts} goes from 0 to {@code end} without going back. */
    private static boolean rising(int[] starts, int end) {
        if (starts[0] != 0 || starts[starts.length - 1] != end) {
            return false;
        }
        for (int i = 1; i < starts.length; i++) {
            if (starts[i] < starts[i - 1]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Context get(Object key) {
        if (!(key instanceof String name)) {
            return null;
        }
        int hash = name.hashCode();
        for (int slot = mix(hash) & (slots.length - 1); slots[slot] != 0; slot = (slot + 1) & (slots.length - 1)) {
            int e = slots[slot] - 1;
            if (hashes[e] == hash && nameIs(e, name)) {
                return context(e);
            }
        }
        return null;
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public int size() {
        return hashes.length;
    }

    @Override
    public Set<Map.Entry<String, Context>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, Context>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < hashes.length;
                    }

                    @Override
                    public Map.Entry<String, Context> next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        int e = next++;
                        return new SimpleImmutableEntry<>(new String(names, nameStarts[e], nameStarts[e + 1] - nameStarts[e]),
                                context(e));
                    }
                };
            }

            @Override
            public int size() {
                return hashes.length;
            }
        };
    }

    private boolean nameIs(int e, String name) {
        int start = nameStarts[e];
        if (nameStarts[e + 1] - start != name.length()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (names[start + i] != name.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private Context context(int e) {
        int from = parameterStarts[e];
        int count = parameterStarts[e + 1] - from;
        int[] outcomes = new int[count];
        double[] parameters = new double[count];
        for (int k = 0; k < count; k++) {
            outcomes[k] = tags[from + k];
            parameters[k] = values[from + k];
        }
        return new Context(outcomes, parameters);
    }

    /**
     * Every bit of the hash spread over the low ones, which pick the slot (MurmurHash3's final
     * mix): the names are short and alike ("pre=SA", "pre=SC"), and their String hashes differ in
     * a few low bits only, which a plain fold leaves in runs of neighbouring slots.
     */
    private static int mix(int hash) {
        int h = hash;
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }

    private static int[] ints(ByteBuffer in, int count) throws java.io.IOException {
        if (count > in.remaining() / Integer.BYTES) {
            throw new java.io.IOException("the part-of-speech model's feature table is cut short");
        }
        int[] ints = new int[count];
        in.asIntBuffer().get(ints);
        in.position(in.position() + 4 * count);
        return ints;
    }

    private static void writeInts(java.io.DataOutputStream out, int[] ints) throws java.io.IOException {
        for (int i : ints) {
            out.writeInt(i);
        }
    }
}
