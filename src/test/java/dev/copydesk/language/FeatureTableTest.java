package dev.copydesk.language;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import opennlp.tools.ml.model.Context;
import org.junit.jupiter.api.Test;

/** The feature table answers as the map it was made from, through its file too. */
class FeatureTableTest {
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
        return FeatureTable.read(ByteBuffer.wrap(bytes.toByteArray()));
    }

    private static void assertSame(Map<String, Context> expected, Map<String, Context> table) {
        assertEquals(expected.size(), table.size());
        for (Map.Entry<String, Context> e : expected.entrySet()) {
            Context c = table.get(e.getKey());
            assertArrayEquals(e.getValue().getOutcomes(), c.getOutcomes(), e.getKey());
            assertArrayEquals(e.getValue().getParameters(), c.getParameters(), 0.0, e.getKey());
        }
        assertEquals(Arrays.asList(expected.keySet().toArray()), Arrays.asList(table.keySet().toArray()), "the same order");
    }

    @Test
    void namesWithTheSameHashAreToldApart() throws IOException {
        // "Aa" and "BB" have the same String.hashCode, so they meet in one run of slots.
        assertEquals("Aa".hashCode(), "BB".hashCode());
        Map<String, Context> one = new LinkedHashMap<>();
        one.put("Aa", context(1, 2));
        FeatureTable table = FeatureTable.of(one);
        assertNull(table.get("BB"));
        assertNull(throughItsFile(table).get("BB"));
        Map<String, Context> both = new LinkedHashMap<>(one);
        both.put("BB", context(3));
        both.put("", context(0));
        assertSame(both, FeatureTable.of(both));
        assertSame(both, throughItsFile(FeatureTable.of(both)));
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
        FeatureTable read = throughItsFile(FeatureTable.of(features));
        assertSame(features, FeatureTable.of(features));
        assertSame(features, read);
        for (int probe = 0; probe < 20_000; probe++) {
            String name = Integer.toString(random.nextInt(), 36) + letters.charAt(random.nextInt(letters.length()));
            assertEquals(features.containsKey(name), read.containsKey(name), name);
        }
        assertNull(read.get(42));
    }

    @Test
    void aTableCutShortIsAnError() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            FeatureTable.of(Map.of("w=the", context(1, 4))).write(out);
        }
        byte[] whole = bytes.toByteArray();
        for (int cut = 0; cut < whole.length; cut++) {
            ByteBuffer part = ByteBuffer.wrap(Arrays.copyOf(whole, cut));
            assertThrows(IOException.class, () -> FeatureTable.read(part), "cut at " + cut);
        }
    }
}
