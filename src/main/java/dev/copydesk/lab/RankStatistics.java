package dev.copydesk.lab;

import java.util.Arrays;

/**
 * The statistics the calibration reports, all rank-based and exact: percentiles, the ROC area
 * under the curve as a Mann-Whitney count, and Spearman's rank correlation. Stateless.
 */
final class RankStatistics {
    private RankStatistics() {
    }

    /** How well {@code high} scores above {@code low}: pairs won plus half the tied ones, of all pairs. */
    record Auc(double wins, long pairs) {
        double value() {
            return pairs == 0 ? Double.NaN : wins / pairs;
        }
    }

    /**
     * The {@code p}-th percentile (0 to 100), interpolating linearly between the two nearest
     * ranks (as numpy and R do by default); NaN for no values.
     */
    static double percentile(double[] values, double p) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double at = p / 100 * (sorted.length - 1);
        int below = (int) Math.floor(at);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (sorted[above] - sorted[below]) * (at - below);
    }

    /**
     * ROC AUC of {@code high} against {@code low}, counted exactly: every pair in which the
     * {@code high} value is greater wins, a tie wins half. Counted through ranks, in n log n.
     */
    static Auc auc(double[] high, double[] low) {
        double[] all = new double[high.length + low.length];
        System.arraycopy(high, 0, all, 0, high.length);
        System.arraycopy(low, 0, all, high.length, low.length);
        double[] ranks = ranks(all);
        double rankSum = 0;
        for (int i = 0; i < high.length; i++) {
            rankSum += ranks[i];
        }
        // Mann-Whitney U: the rank sum less its minimum; midranks count each tie as half a win.
        double wins = rankSum - high.length * (high.length + 1) / 2.0;
        return new Auc(wins, (long) high.length * low.length);
    }

    /** Spearman's rank correlation (Pearson's on midranks); NaN when either side is constant. */
    static double spearman(double[] x, double[] y) {
        double[] rx = ranks(x);
        double[] ry = ranks(y);
        double mx = Arrays.stream(rx).average().orElse(0);
        double my = Arrays.stream(ry).average().orElse(0);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < rx.length; i++) {
            sxy += (rx[i] - mx) * (ry[i] - my);
            sxx += (rx[i] - mx) * (rx[i] - mx);
            syy += (ry[i] - my) * (ry[i] - my);
        }
        return sxx == 0 || syy == 0 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
    }

    /** 1-based ranks, tied values sharing the mean of their ranks. */
    static double[] ranks(double[] values) {
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
        double[] ranks = new double[values.length];
        for (int i = 0; i < order.length;) {
            int j = i;
            while (j + 1 < order.length && values[order[j + 1]] == values[order[i]]) {
                j++;
            }
            double midrank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                ranks[order[k]] = midrank;
            }
            i = j + 1;
        }
        return ranks;
    }
}
