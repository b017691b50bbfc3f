package dev.copydesk.text;

import com.ibm.icu.lang.UCharacter;
import java.util.Locale;

/** Human-readable descriptions of code points, for findings about characters. Stateless. */
public final class CodePoints {
    private CodePoints() {
    }

    /** {@code "U+200B ZERO WIDTH SPACE"}; unnamed code points get ICU's extended name. */
    public static String describe(int codePoint) {
        String name = UCharacter.getName(codePoint);
        if (name == null || name.isEmpty()) {
            name = UCharacter.getExtendedName(codePoint);
        }
        return hex(codePoint) + " " + name;
    }

    public static String hex(int codePoint) {
        return String.format(Locale.ROOT, "U+%04X", codePoint);
    }
}
