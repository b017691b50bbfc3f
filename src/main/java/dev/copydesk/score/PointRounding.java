package dev.copydesk.score;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns a score's exact deductions into the whole score and deductions in tenths that add up to
 * exactly {@code 100 - score}, so what a report lists is what the score lost. The exact points
 * are scaled to the rounded total (they differ by under half a point) and rounded by largest
 * remainder. Deductions past 100 stop the score at 0, and a negative {@link Deduction#FLOOR} note
 * gives the excess back. Stateless.
 */
final class PointRounding {
    /** Largest first, then by category and source, so equal inputs always list the same way. */
    static final Comparator<Deduction> ORDER = Comparator.comparingDouble(Deduction::points).reversed()
            .thenComparing(Deduction::category).thenComparing(Deduction::source);

    private PointRounding() {
    }

    static CategoryScore settle(String key, List<Deduction> exact) {
        List<Deduction> ordered = exact.stream().sorted(ORDER).toList();
        double total = ordered.stream().mapToDouble(Deduction::points).sum();
        int score = (int) Math.max(0, Math.round(100 - total));
        long tenths = total > 100 ? Math.round(total * 10) : (100L - score) * 10;
        long[] allotted = allot(ordered, total, tenths);
        List<Deduction> rounded = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            rounded.add(ordered.get(i).withPoints(allotted[i] / 10.0));
        }
        if (total > 100) {
            rounded.add(new Deduction(key, Deduction.FLOOR, (1000 - tenths) / 10.0, List.of(),
                    "the deductions pass 100; the score stops at 0"));
        }
        return new CategoryScore(key, score, rounded);
    }

    /** Whole tenths for each deduction, in proportion to its points, adding up to {@code tenths}. */
    private static long[] allot(List<Deduction> ordered, double total, long tenths) {
        long[] allotted = new long[ordered.size()];
        if (total <= 0 || tenths == 0) {
            return allotted;
        }
        double[] remainder = new double[ordered.size()];
        long given = 0;
        for (int i = 0; i < ordered.size(); i++) {
            double share = ordered.get(i).points() * tenths / total;
            allotted[i] = (long) Math.floor(share);
            remainder[i] = share - allotted[i];
            given += allotted[i];
        }
        // The tenths left over go to the largest remainders; ties to the larger deduction.
        Integer[] byRemainder = new Integer[ordered.size()];
        for (int i = 0; i < byRemainder.length; i++) {
            byRemainder[i] = i;
        }
        java.util.Arrays.sort(byRemainder, Comparator.comparingDouble((Integer i) -> remainder[i]).reversed()
                .thenComparingInt(i -> i));
        for (int k = 0; given < tenths; k++) {
            allotted[byRemainder[k % byRemainder.length]]++;
            given++;
        }
        return allotted;
    }
}
