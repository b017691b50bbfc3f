package dev.copydesk.check.unicode;

import com.ibm.icu.text.UnicodeSet;
import dev.copydesk.text.BuildTable;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Frozen Unicode sets by ICU pattern, each made once and shared (a frozen set is immutable and
 * thread-safe). Applying a pattern with properties ({@code [:Default_Ignorable_Code_Point:]})
 * walks ICU's property data: about 30 ms of a one-article run went to the sets of the shipped
 * checks. So the build writes the ranges of every set those checks ask for ({@value #RESOURCE},
 * by {@link dev.copydesk.check.StartTables}, with the ICU of the same build), and a run makes those sets from their ranges.
 * A pattern the file does not hold, a user rule's, is applied as it is.
 */
public final class UnicodeSets {
    static final String RESOURCE = "unicode-sets.bin";
    /** Changes whenever the layout does, so a file from another build is never misread. */
    private static final int FORMAT = 0x43440201;
    /** The sets are ICU's: a table from another ICU is not read. */
    private static final String ICU = com.ibm.icu.util.VersionInfo.ICU_VERSION.toString();
    private static final Map<String, UnicodeSet> MADE = new ConcurrentHashMap<>();

    private UnicodeSets() {
    }

    /** The ranges the build wrote, read when first needed; empty without the file. */
    private static final class Written {
        static final Map<String, int[]> RANGES = read();
    }

    /** The frozen set of an ICU pattern; the pattern must be valid (a rule's was checked when it loaded). */
    public static UnicodeSet of(String pattern) {
        return MADE.computeIfAbsent(pattern, p -> {
            int[] ranges = Written.RANGES.get(p);
            return (ranges == null ? new UnicodeSet(p) : fromRanges(ranges)).freeze();
        });
    }

    static UnicodeSet fromRanges(int[] ranges) {
        UnicodeSet set = new UnicodeSet();
        for (int i = 0; i < ranges.length; i += 2) {
            set.add(ranges[i], ranges[i + 1]);
        }
        return set;
    }

    /**
     * Writes the ranges of every set asked for in this JVM, each applied afresh from its pattern
     * (the build's {@link dev.copydesk.check.StartTables}). Sets holding strings are left to be
     * applied at run time.
     */
    public static void writeAsked(OutputStream out) throws IOException {
        Map<String, int[]> table = new HashMap<>();
        for (String pattern : new TreeSet<>(MADE.keySet())) {
            UnicodeSet set = new UnicodeSet(pattern);
            if (!set.hasStrings()) {
                table.put(pattern, ranges(set));
            }
        }
        write(table, out);
    }

    static int[] ranges(UnicodeSet set) {
        int[] ranges = new int[set.getRangeCount() * 2];
        for (int i = 0; i < set.getRangeCount(); i++) {
            ranges[2 * i] = set.getRangeStart(i);
            ranges[2 * i + 1] = set.getRangeEnd(i);
        }
        return ranges;
    }

    static void write(Map<String, int[]> table, OutputStream target) throws IOException {
        DataOutputStream out = BuildTable.start(target, FORMAT, ICU, table.size());
        for (String pattern : new TreeSet<>(table.keySet())) {
            out.writeUTF(pattern);
            int[] ranges = table.get(pattern);
            out.writeInt(ranges.length);
            for (int value : ranges) {
                out.writeInt(value);
            }
        }
        out.flush();
    }

    /** The file's table, or an empty one when there is no file or it is of another format. */
    static Map<String, int[]> read() {
        return BuildTable.readResource(UnicodeSets.class, RESOURCE, FORMAT, ICU, in -> {
            String pattern = in.readUTF();
            int[] ranges = new int[in.readInt()];
            for (int k = 0; k < ranges.length; k++) {
                ranges[k] = in.readInt();
            }
            return Map.entry(pattern, ranges);
        });
    }
}
