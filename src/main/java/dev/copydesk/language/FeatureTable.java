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
 * The part-of-speech model's features and their parameters as the build laid them out: a hash
 * table over the features' names, then the names, then the parameters, each as one array. A
 * run looks up a few thousand of the 33,500 features, for the words it meets; reading the arrays
 * in bulk and building a {@link Context} only for a feature asked for costs a fraction of
 * building a map of them all, which was most of the model's loading (about 40 ms of the start).
 *
 * <p>Slots hold an entry's index plus one (0 for empty), placed at the spread hash of its name,
 * then onwards to the next free slot. {@link String#hashCode} is fixed by the language, so the
 * table the build writes is the one every JVM reads. Immutable and thread-safe; each
 * {@link #get} returns a new {@link Context} (the model only reads them).
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

    /** Laid out from features in the order given (the build gives them sorted, so the file is the same at every build). */
    static FeatureTable of(Map<String, Context> features) {
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
        int[] slots = new int[Integer.highestOneBit(Math.max(1, n)) * 4];
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
                tags[p] = (short) outcomes[k];
                values[p] = parameters[k];
            }
            int slot = spread(hashes[e]) & (slots.length - 1);
            while (slots[slot] != 0) {
                slot = (slot + 1) & (slots.length - 1);
            }
            slots[slot] = e + 1;
            e++;
        }
        nameStarts[n] = names.length();
        parameterStarts[n] = p;
        char[] chars = new char[names.length()];
        names.getChars(0, chars.length, chars, 0);
        return new FeatureTable(slots, hashes, nameStarts, chars, parameterStarts, tags, values);
    }

    /** Bytes {@link #write} wrote, from the buffer's position; throws when they are cut short. */
    static FeatureTable read(ByteBuffer in) throws java.io.IOException {
        try {
            int n = in.getInt();
            int[] slots = ints(in, in.getInt());
            int[] hashes = ints(in, n);
            int[] nameStarts = ints(in, n + 1);
            char[] names = new char[in.getInt()];
            in.asCharBuffer().get(names);
            in.position(in.position() + 2 * names.length);
            int[] parameterStarts = ints(in, n + 1);
            short[] tags = new short[in.getInt()];
            in.asShortBuffer().get(tags);
            in.position(in.position() + 2 * tags.length);
            double[] values = new double[tags.length];
            in.asDoubleBuffer().get(values);
            in.position(in.position() + 8 * values.length);
            return new FeatureTable(slots, hashes, nameStarts, names, parameterStarts, tags, values);
        } catch (BufferUnderflowException | IllegalArgumentException | NegativeArraySizeException e) {
            throw new java.io.IOException("the part-of-speech model's feature table is cut short", e);
        }
    }

    /** The table as {@link #read} reads it: counts first, then each array. */
    void write(java.io.DataOutputStream out) throws java.io.IOException {
        out.writeInt(hashes.length);
        out.writeInt(slots.length);
        writeInts(out, slots);
        writeInts(out, hashes);
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

    @Override
    public Context get(Object key) {
        if (!(key instanceof String name)) {
            return null;
        }
        int hash = name.hashCode();
        for (int slot = spread(hash) & (slots.length - 1); slots[slot] != 0; slot = (slot + 1) & (slots.length - 1)) {
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

    /** The high bits folded into the low ones, which pick the slot. */
    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }

    private static int[] ints(ByteBuffer in, int count) {
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
