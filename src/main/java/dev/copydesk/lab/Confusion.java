package dev.copydesk.lab;

/**
 * Counts of a yes/no verdict against a gold label, and the figures read from them. A ratio with
 * nothing to divide by is 0, so an empty tally prints zeros rather than NaN.
 */
final class Confusion {
    private int truePositives;
    private int falsePositives;
    private int falseNegatives;
    private int trueNegatives;

    void add(boolean predicted, boolean truth) {
        if (predicted && truth) {
            truePositives++;
        } else if (predicted) {
            falsePositives++;
        } else if (truth) {
            falseNegatives++;
        } else {
            trueNegatives++;
        }
    }

    int total() {
        return truePositives + falsePositives + falseNegatives + trueNegatives;
    }

    int positives() {
        return truePositives + falseNegatives;
    }

    int flagged() {
        return truePositives + falsePositives;
    }

    double precision() {
        return ratio(truePositives, flagged());
    }

    double recall() {
        return ratio(truePositives, positives());
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    double balancedAccuracy() {
        return (recall() + ratio(trueNegatives, trueNegatives + falsePositives)) / 2;
    }

    static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }
}
