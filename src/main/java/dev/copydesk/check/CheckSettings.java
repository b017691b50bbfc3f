package dev.copydesk.check;

import dev.copydesk.rule.Audience;
import com.ibm.icu.lang.UScript;
import java.util.BitSet;
import java.util.List;

/**
 * Run-wide settings of the checks, from the command line or configuration. Immutable.
 *
 * @param allowedScripts scripts (ICU {@link UScript} codes) that the look-alike checks accept
 *                       as ordinary in this publication, e.g. Cyrillic for a bilingual outlet
 * @param audience       the readers, whose profile sets the grade the text should not exceed
 */
public record CheckSettings(BitSet allowedScripts, Audience audience) {
    public CheckSettings {
        allowedScripts = (BitSet) allowedScripts.clone();
    }

    public static CheckSettings defaults() {
        return new CheckSettings(new BitSet(), Audience.GENERAL);
    }

    public CheckSettings withAudience(Audience reader) {
        return new CheckSettings(allowedScripts, reader);
    }

    /**
     * Settings allowing the named scripts (ISO 15924 codes such as {@code Cyrl} or names such
     * as {@code Cyrillic}).
     *
     * @throws IllegalArgumentException naming the first unknown script
     */
    public static CheckSettings allowing(List<String> scriptNames) {
        BitSet scripts = new BitSet();
        for (String name : scriptNames) {
            int code = UScript.getCodeFromName(name.strip());
            if (code == UScript.INVALID_CODE) {
                throw new IllegalArgumentException("unknown script '" + name + "' (use an ISO 15924 code such as Cyrl)");
            }
            scripts.set(code);
        }
        return new CheckSettings(scripts, Audience.GENERAL);
    }

    public boolean allows(int script) {
        return allowedScripts.get(script);
    }
}
