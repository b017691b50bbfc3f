package dev.copydesk.text;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.SpoofChecker;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ASCII letter a non-Latin letter imitates, from the UTS #39 confusables data (ICU's
 * skeleton of the single character): Cyrillic {@code ѕ} imitates {@code s}, Greek {@code ο}
 * imitates {@code o}. Skeletons are only ever compared or used for matching, never shown as
 * the text. Results are cached; thread-safe.
 */
public final class Confusables {
    private static final SpoofChecker SKELETONS = new SpoofChecker.Builder().setChecks(SpoofChecker.CONFUSABLE).build();
    private static final Map<Integer, Integer> CACHE = new ConcurrentHashMap<>();
    private static final int NONE = -1;

    private Confusables() {
    }

    /** The ASCII letter that {@code codePoint}, a letter of another script, looks like; or -1. */
    public static int latinLookalike(int codePoint) {
        if (codePoint < 0x80 || !Character.isLetter(codePoint) || UScript.getScript(codePoint) == UScript.LATIN) {
            return NONE;
        }
        return CACHE.computeIfAbsent(codePoint, cp -> {
            String skeleton = SKELETONS.getSkeleton(new String(Character.toChars(cp)));
            if (skeleton.length() == 1 && skeleton.charAt(0) < 0x80 && Character.isLetter(skeleton.charAt(0))) {
                return (int) skeleton.charAt(0);
            }
            return NONE;
        });
    }

    /** The ASCII word {@code word} imitates if every letter is ASCII or imitates one; otherwise null. */
    public static String asciiReading(String word) {
        StringBuilder reading = new StringBuilder();
        for (int i = 0; i < word.length(); i += Character.charCount(word.codePointAt(i))) {
            int cp = word.codePointAt(i);
            int latin = cp < 0x80 ? cp : latinLookalike(cp);
            if (latin < 0) {
                return null;
            }
            reading.append((char) latin);
        }
        return reading.toString();
    }
}
