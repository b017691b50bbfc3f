package dev.copydesk.check.unicode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.UnicodeSet;
import dev.copydesk.check.CheckRegistry;
import dev.copydesk.rule.CheckSpec;
import dev.copydesk.rule.Rule;
import dev.copydesk.rule.RuleLoader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The sets a run makes from the build's ranges are the sets their patterns give. */
class UnicodeSetsTest {
    @Test
    void everySetTheBuildWroteIsTheSetItsPatternGives() {
        Map<String, int[]> written = UnicodeSets.read();
        assertTrue(written.containsKey("[[:Mn:][:Me:]]"), "the build wrote no table: " + written.keySet());
        written.forEach((pattern, ranges) ->
                assertEquals(new UnicodeSet(pattern), UnicodeSets.fromRanges(ranges), pattern));
    }

    @Test
    void everySetOfTheShippedRulesAndChecksIsInTheFile() throws Exception {
        Map<String, int[]> written = UnicodeSets.read();
        int sets = 0;
        for (Rule rule : RuleLoader.load(List.of()).rules()) {
            if (rule.check() instanceof CheckSpec.Characters spec) {
                assertTrue(written.containsKey(spec.set()), rule.id() + ": " + spec.set());
                assertTrue(spec.unlessNear() == null || written.containsKey(spec.unlessNear()), rule.id());
                sets++;
            }
        }
        assertTrue(sets >= 5, "shipped character rules: " + sets);
        CheckRegistry.compile(RuleLoader.load(List.of()));
        for (String pattern : List.of("[:Variation_Selector:]", "[\\U000E0000-\\U000E007F]", "[[:Mn:][:Me:]]")) {
            assertTrue(written.containsKey(pattern), pattern);
            assertEquals(new UnicodeSet(pattern), UnicodeSets.of(pattern), pattern);
        }
    }

    @Test
    void aPatternOutsideTheTableIsAppliedAndKept() {
        String pattern = "[[:Greek:]&[:Lu:]-[\\u0391]]";
        assertFalse(UnicodeSets.read().containsKey(pattern));
        UnicodeSet set = UnicodeSets.of(pattern);
        assertEquals(new UnicodeSet(pattern), set);
        assertTrue(set.isFrozen());
        assertSame(set, UnicodeSets.of(pattern));
    }

    @Test
    void rangesSurviveTheFile() throws Exception {
        UnicodeSet set = new UnicodeSet("[a-c\\u0300-\\u036F\\U0001F600-\\U0001F64F]");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        UnicodeSets.write(Map.of("p", UnicodeSets.ranges(set)), bytes);
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));
        in.readInt();
        assertEquals(com.ibm.icu.util.VersionInfo.ICU_VERSION.toString(), in.readUTF());
        assertEquals(1, in.readInt());
        assertEquals("p", in.readUTF());
        int[] ranges = new int[in.readInt()];
        for (int i = 0; i < ranges.length; i++) {
            ranges[i] = in.readInt();
        }
        assertEquals(set, UnicodeSets.fromRanges(ranges));
    }
}
