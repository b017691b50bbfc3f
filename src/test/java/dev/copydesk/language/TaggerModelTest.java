package dev.copydesk.language;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.Map;
import opennlp.tools.ml.model.Context;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The compact tagger model holds OpenNLP's, bit for bit, and the build ships it. */
class TaggerModelTest {
    private static TaggerModel openNlp;

    @BeforeAll
    static void load() {
        openNlp = TaggerModel.of(TaggerModel.openNlp());
    }

    private static void assertSameModel(TaggerModel expected, TaggerModel actual) {
        assertArrayEquals(expected.outcomes(), actual.outcomes());
        assertEquals(expected.parameters().size(), actual.parameters().size());
        for (Map.Entry<String, Context> feature : expected.parameters().entrySet()) {
            Context ours = actual.parameters().get(feature.getKey());
            assertNotNull(ours, feature.getKey());
            assertArrayEquals(feature.getValue().getOutcomes(), ours.getOutcomes(), feature.getKey());
            assertArrayEquals(feature.getValue().getParameters(), ours.getParameters(), feature.getKey()); // bit for bit
        }
    }

    @Test
    void theCompactFormReadsBackAsOpenNlpsModel() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TaggerModel.write(openNlp, bytes);
        TaggerModel read = TaggerModel.read(new ByteArrayInputStream(bytes.toByteArray())).orElseThrow();
        assertSameModel(openNlp, read);
        assertNull(TaggerModel.openNlp().getFactory().getTagDictionary(), "no dictionary: every tag may follow every other");
        assertTrue(read.validator().validSequence(0, new String[] {"x"}, new String[0], read.outcomes()[0]));
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        TaggerModel.write(read, again);
        assertArrayEquals(bytes.toByteArray(), again.toByteArray(), "the same file at every build");
    }

    @Test
    void theBuildShipsTheCompactForm() throws Exception {
        try (InputStream in = TaggerModel.class.getResourceAsStream(TaggerModel.RESOURCE)) {
            assertNotNull(in, "the build's process-classes step writes " + TaggerModel.RESOURCE);
            assertSameModel(openNlp, TaggerModel.read(in).orElseThrow());
        }
        assertSameModel(openNlp, TaggerModel.load());
    }

    @Test
    void aFileOfAnotherLayoutIsNotRead() throws Exception {
        assertTrue(TaggerModel.read(new ByteArrayInputStream(new byte[] {0, 0, 0, 1})).isEmpty());
    }
}
