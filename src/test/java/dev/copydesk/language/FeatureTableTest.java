package dev.copydesk.language;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import opennlp.tools.ml.model.Context;
import org.junit.jupiter.api.Test;

/** The feature table answers as the map it was made from, through its file too. */
class FeatureTableTest {
    /** The tags of the tables here: 0 to 37, as in the shipped model. */
    private static final int TAGS = 38;

    private static Context context(int... outcomes) {
        double[] values = new double[outcomes.length];
        for (int k = 0; k < outcomes.length; k++) {
            values[k] = outcomes[k] * 0.25 - 1.5;
        }
        return new Context(outcomes, values);
    }

    private static FeatureTable throughItsFile(FeatureTable table) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            table.write(out);
        }
        return FeatureTable.read(ByteBuffer.wrap(bytes.toByteArray()), TAGS);
    }

    private static void assertAnswersAs(Map<String, Context> expected, Map<String, Context> table) {
        assertEquals(expected.size(), table.size());
        for (Map.Entry<String, Context> e : expected.entrySet()) {
            Context c = table.get(e.getKey());
            assertArrayEquals(e.getValue().getOutcomes(), c.getOutcomes(), e.getKey());
            assertArrayEquals(e.getValue().getParameters(), c.getParameters(), e.getKey()); // bit for bit
        }
        assertEquals(Arrays.asList(expected.keySet().toArray()), Arrays.asList(table.keySet().toArray()), "the same order");
    }

    @Test
    void namesWithTheSameHashAreToldApart() throws IOException {
        // "Aa" and "BB" have the same String.hashCode, so they meet in one run of slots.
        assertEquals("Aa".hashCode(), "BB".hashCode());
        Map<String, Context> one = new LinkedHashMap<>();
        one.put("Aa", context(1, 2));
        FeatureTable table = FeatureTable.of(one, TAGS);
        assertNull(table.get("BB"));
        assertNull(throughItsFile(table).get("BB"));
        Map<String, Context> both = new LinkedHashMap<>(one);
        both.put("BB", context(3));
        both.put("", context(0));
        assertAnswersAs(both, FeatureTable.of(both, TAGS));
        assertAnswersAs(both, throughItsFile(FeatureTable.of(both, TAGS)));
    }

    @Test
    void answersAsItsMapForKnownAndUnknownNames() throws IOException {
        Random random = new Random(17);
        Map<String, Context> features = new LinkedHashMap<>();
        String letters = "abcde\u00e9=,\u00df\u4e2d";
        for (int f = 0; f < 3_000; f++) {
            StringBuilder name = new StringBuilder();
            for (int n = random.nextInt(9); n >= 0; n--) {
                name.append(letters.charAt(random.nextInt(letters.length())));
            }
            int[] outcomes = random.ints(1 + random.nextInt(5), 0, 38).distinct().sorted().toArray();
            features.put(name.toString(), context(outcomes));
        }
        FeatureTable read = throughItsFile(FeatureTable.of(features, TAGS));
        assertAnswersAs(features, FeatureTable.of(features, TAGS));
        assertAnswersAs(features, read);
        for (int probe = 0; probe < 20_000; probe++) {
            String name = Integer.toString(random.nextInt(), 36) + letters.charAt(random.nextInt(letters.length()));
            assertEquals(features.containsKey(name), read.containsKey(name), name);
        }
        assertNull(read.get(42));
    }

    private static byte[] fileOf(Map<String, Context> features) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            FeatureTable.of(features, TAGS).write(out);
        }
        return bytes.toByteArray();
    }

    @Test
    void aTableCutShortIsAnError() throws IOException {
        byte[] whole = fileOf(Map.of("w=the", context(1, 4)));
        for (int cut = 0; cut < whole.length; cut++) {
            ByteBuffer part = ByteBuffer.wrap(Arrays.copyOf(whole, cut));
            assertThrows(IOException.class, () -> FeatureTable.read(part, TAGS), "cut at " + cut);
        }
        byte[] longer = Arrays.copyOf(whole, whole.length + 1);
        assertThrows(IOException.class, () -> FeatureTable.read(ByteBuffer.wrap(longer), TAGS), "bytes after the table");
    }

    /**
     * A damaged file is an error or a table that still answers: never an endless lookup, an
     * allocation beyond the file, or an index out of bounds later. Every byte of a small table
     * is set, in turn, to values that make counts huge, negative or zero and offsets run back.
     */
    @Test
    void aDamagedTableIsAnErrorOrStillAnswers() throws IOException {
        Map<String, Context> features = new LinkedHashMap<>();
        features.put("Aa", context(1, 2));
        features.put("BB", context(3));
        features.put("w=the", context(0, 37));
        byte[] whole = fileOf(features);
        for (int at = 0; at < whole.length; at++) {
            for (int value : new int[] {0x00, 0x01, 0x7f, 0x80, 0xff}) {
                byte[] damaged = whole.clone();
                damaged[at] = (byte) value;
                FeatureTable table;
                try {
                    table = FeatureTable.read(ByteBuffer.wrap(damaged), TAGS);
                } catch (IOException refused) {
                    continue;
                }
                for (String name : List.of("Aa", "BB", "w=the", "w=a", "")) {
                    Context c = table.get(name);
                    if (c != null) {
                        for (int tag : c.getOutcomes()) {
                            assertTrue(tag >= 0 && tag < TAGS, "tag " + tag + " after byte " + at + " = " + value);
                        }
                    }
                }
                table.entrySet().forEach(e -> assertEquals(e.getValue().getOutcomes().length, e.getValue().getParameters().length));
            }
        }
    }

    @Test
    void tagsOutsideTheModelAreRefused() throws IOException {
        assertThrows(IllegalArgumentException.class, () -> FeatureTable.of(Map.of("w=the", context(38)), TAGS));
        byte[] file = fileOf(Map.of("w=the", context(37)));
        assertThrows(IOException.class, () -> FeatureTable.read(ByteBuffer.wrap(file), 37), "tag 37 of 37");
    }
}
