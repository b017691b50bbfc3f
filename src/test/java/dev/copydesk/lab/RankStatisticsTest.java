package dev.copydesk.lab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Percentiles, exact ROC AUC with ties, and rank correlation, checked against hand counts. */
class RankStatisticsTest {
    @Test
    void aucCountsEveryPairAndTiesAsHalf() {
        double[] high = {90, 80, 70};
        double[] low = {80, 60};
        // Pairs: 90>80, 90>60, 80=80 (half), 80>60, 70<80, 70>60: 4.5 of 6.
        RankStatistics.Auc auc = RankStatistics.auc(high, low);
        assertEquals(4.5, auc.wins());
        assertEquals(6, auc.pairs());
        assertEquals(0.75, auc.value());
        assertEquals(1.0, RankStatistics.auc(new double[] {3, 4}, new double[] {1, 2}).value());
        assertEquals(0.5, RankStatistics.auc(new double[] {5, 5}, new double[] {5}).value());
        assertTrue(Double.isNaN(RankStatistics.auc(new double[] {1}, new double[0]).value()));
    }

    @Test
    void percentilesInterpolateBetweenRanks() {
        double[] values = {4, 1, 3, 2};
        assertEquals(2.5, RankStatistics.percentile(values, 50));
        assertEquals(1.3, RankStatistics.percentile(values, 10), 1e-12);
        assertEquals(1, RankStatistics.percentile(values, 0));
        assertEquals(4, RankStatistics.percentile(values, 100));
        assertEquals(7, RankStatistics.percentile(new double[] {7}, 10));
    }

    @Test
    void ranksShareTiesAndSpearmanFollowsOrderNotSize() {
        assertArrayEquals(new double[] {1, 2.5, 2.5, 4}, RankStatistics.ranks(new double[] {1, 5, 5, 9}));
        assertEquals(1.0, RankStatistics.spearman(new double[] {1, 2, 3}, new double[] {10, 100, 1000}), 1e-12);
        assertEquals(-1.0, RankStatistics.spearman(new double[] {1, 2, 3}, new double[] {3, 2, 1}), 1e-12);
        assertTrue(Double.isNaN(RankStatistics.spearman(new double[] {1, 2}, new double[] {5, 5})));
    }
}
