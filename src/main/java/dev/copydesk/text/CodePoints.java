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

    /** The distinct code points of {@code text} that are in {@code wanted}, described, at most {@code limit}. */
    public static java.util.List<String> describeAll(String text, java.util.function.IntPredicate wanted, int limit) {
        return text.codePoints().filter(wanted).distinct().limit(limit).mapToObj(CodePoints::describe).toList();
    }

    /** {@code "U+200B ZERO WIDTH SPACE"} for one, {@code "3 characters (U+.., U+..)"} for several. */
    public static String summary(String text, java.util.function.IntPredicate wanted) {
        long count = text.codePoints().filter(wanted).count();
        java.util.List<String> names = describeAll(text, wanted, 6);
        return count == 1 ? names.get(0) : count + " characters (" + String.join(", ", names) + ")";
    }

    public static String hex(int codePoint) {
        return String.format(Locale.ROOT, "U+%04X", codePoint);
    }
}
