package dev.copydesk.text;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the literal reader makes of one RE2 pattern, matched with or without case folding: the
 * gate ({@link LiteralGate}), the places a match can begin ({@link LeadingLiterals}) and the
 * barriers no match spans ({@link Barriers}). Reading a pattern walks it several times, which took
 * about 20 ms of a one-article run for the shipped pattern rules; so the build writes the readings
 * of every pattern the shipped rules compile ({@value #RESOURCE}), and a run takes those from the
 * file. A pattern the file does not hold, a user rule's, is read as before. Immutable.
 *
 * @param leading   the leading literals, null when matches begin with none to look for
 * @param wordStart whether every match begins at a word boundary before a word character
 * @param barriers  the barrier characters, null when there are none to rely on
 * @param gate      the literals every match holds, empty for an open gate
 */
public record RegexReading(List<String> leading, boolean wordStart, String barriers, List<String> gate) {
    /** A pattern and whether it is matched folding case: what a reading depends on. */
    public record Key(String regex, boolean caseInsensitive) {
        // Written out: a record's own hashCode and equals are linked through invokedynamic on
        // first use, about 10 ms of a run's start for this one, which every start looks up.
        @Override
        public int hashCode() {
            return regex.hashCode() * 2 + (caseInsensitive ? 1 : 0);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.caseInsensitive == caseInsensitive && key.regex.equals(regex);
        }
    }

    static final String RESOURCE = "regex-readings.bin";
    /**
     * Changes whenever the layout does, so a file from another build is never misread. A Maven
     * build writes the file anew each time; change this too when the reading itself changes, for
     * builds that skip that step (RegexReadingTest compares every entry with a fresh reading).
     */
    private static final int FORMAT = 0x43440302;
    /** Every pattern read in this JVM since {@link #record}, for the build to write. */
    private static final BuildTable.Asked<Key> ASKED = new BuildTable.Asked<>();

    public RegexReading {
        leading = leading == null ? null : List.copyOf(leading);
        gate = List.copyOf(gate);
    }

    /** The file's readings, read when first needed; empty without the file. */
    private static final class Written {
        static final Map<Key, RegexReading> READINGS = read();
    }

    /** The reading of a pattern: from the build's file when it holds it, else read now. */
    public static RegexReading of(String regex, boolean caseInsensitive) {
        Key key = new Key(regex, caseInsensitive);
        ASKED.note(key);
        RegexReading written = Written.READINGS.get(key);
        return written != null ? written : readNow(regex, caseInsensitive);
    }

    /** The reading made from the pattern itself, whatever the file holds. */
    public static RegexReading readNow(String regex, boolean caseInsensitive) {
        LeadingLiterals starts = LeadingLiterals.of(regex, caseInsensitive);
        Barriers barriers = starts == null ? null : Barriers.of(regex);
        return new RegexReading(starts == null ? null : starts.literals(), starts != null && starts.atWordStart(),
                barriers == null ? null : barriers.characters(), LiteralGate.of(regex, caseInsensitive).literals());
    }

    /** The readings the build wrote, by pattern; empty without the file. */
    public static Map<Key, RegexReading> written() {
        return Written.READINGS;
    }

    /** From now on, keeps every pattern read ({@link #asked}): what the build step that writes the file does. */
    public static void record() {
        ASKED.record();
    }

    /** The patterns read in this JVM since {@link #record}. */
    public static Set<Key> asked() {
        return ASKED.all();
    }

    /** The gate of this reading, folding the text when the pattern folds case. */
    public LiteralGate gate(boolean caseInsensitive) {
        return LiteralGate.ofRead(gate, caseInsensitive);
    }

    /** The search of the pattern this reading is of, compiled as the reading was keyed. */
    public PlacedSearch search(com.google.re2j.Pattern compiled, boolean caseInsensitive) {
        return new PlacedSearch(compiled, leading == null ? null : LeadingLiterals.ofRead(leading, wordStart, caseInsensitive),
                barriers == null ? null : Barriers.ofRead(barriers));
    }

    /** Writes the readings of the given patterns, each read afresh from the pattern. */
    public static void write(Collection<Key> keys, OutputStream target) throws IOException {
        List<Key> sorted = new ArrayList<>(keys);
        sorted.sort(Comparator.comparing(Key::regex).thenComparing(Key::caseInsensitive));
        DataOutputStream out = BuildTable.start(target, FORMAT, "", sorted.size());
        for (Key key : sorted) {
            RegexReading reading = readNow(key.regex(), key.caseInsensitive());
            out.writeUTF(key.regex());
            out.writeBoolean(key.caseInsensitive());
            BuildTable.writeList(out, reading.leading());
            out.writeBoolean(reading.wordStart());
            out.writeBoolean(reading.barriers() != null);
            out.writeUTF(reading.barriers() == null ? "" : reading.barriers());
            BuildTable.writeList(out, reading.gate());
        }
        out.flush();
    }

    /** The file's readings, or none when there is no file or it is of another format. */
    static Map<Key, RegexReading> read() {
        return Map.copyOf(BuildTable.readResource(RegexReading.class, RESOURCE, FORMAT, "", RegexReading::readEntry));
    }

    static Map<Key, RegexReading> read(InputStream source) {
        return BuildTable.read(source, FORMAT, "", RegexReading::readEntry);
    }

    private static Map.Entry<Key, RegexReading> readEntry(DataInputStream in) throws IOException {
        Key key = new Key(in.readUTF(), in.readBoolean());
        List<String> leading = BuildTable.readList(in);
        boolean wordStart = in.readBoolean();
        boolean hasBarriers = in.readBoolean();
        String barriers = in.readUTF();
        return Map.entry(key, new RegexReading(leading, wordStart, hasBarriers ? barriers : null, BuildTable.readList(in)));
    }
}
