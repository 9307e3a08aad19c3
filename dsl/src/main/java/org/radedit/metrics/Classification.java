package org.radedit.metrics;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Exact metrics of a binary classifier's probabilities against labels. */
public final class Classification {

    /** Probabilities at or above this count as a positive prediction. */
    public static final double DEFAULT_THRESHOLD = 0.5;

    private Classification() {
    }

    /** Fraction of images where {@code p >= threshold} equals the label; NaN for no images. */
    public static double accuracy(double[] probabilities, boolean[] labels, double threshold) {
        requireSameLength(probabilities, labels);
        if (labels.length == 0) {
            return Double.NaN;
        }
        int correct = 0;
        for (int i = 0; i < labels.length; i++) {
            if ((probabilities[i] >= threshold) == labels[i]) {
                correct++;
            }
        }
        return (double) correct / labels.length;
    }

    /**
     * Area under the ROC curve as the Mann-Whitney statistic: the probability that a random
     * positive scores above a random negative, ties counting one half. Computed from average
     * ranks, so ties are exact. NaN when either class is absent (the AUROC is undefined).
     */
    public static double auroc(double[] scores, boolean[] labels) {
        requireSameLength(scores, labels);
        int n = scores.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            if (Double.isNaN(scores[i])) {
                throw new IllegalArgumentException("score " + i + " is NaN; AUROC needs a score for every image");
            }
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(scores[a], scores[b]));
        double positiveRankSum = 0;
        long positives = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && scores[order[j + 1]] == scores[order[i]]) {
                j++;
            }
            double averageRank = (i + j) / 2.0 + 1; // ranks are 1-based
            for (int k = i; k <= j; k++) {
                if (labels[order[k]]) {
                    positiveRankSum += averageRank;
                    positives++;
                }
            }
            i = j + 1;
        }
        long negatives = n - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        double u = positiveRankSum - positives * (positives + 1) / 2.0;
        return u / ((double) positives * negatives);
    }

    /**
     * Accuracy within each group (in order of first appearance) and the lowest of them: the
     * worst-group accuracy of the robustness literature.
     */
    public static GroupAccuracy byGroup(double[] probabilities, boolean[] labels, String[] groups, double threshold) {
        requireSameLength(probabilities, labels);
        if (groups.length != labels.length) {
            throw new IllegalArgumentException("need one group per image, got " + groups.length + " groups for "
                    + labels.length + " images");
        }
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (int i = 0; i < labels.length; i++) {
            int[] c = counts.computeIfAbsent(groups[i], g -> new int[2]);
            c[1]++;
            if ((probabilities[i] >= threshold) == labels[i]) {
                c[0]++;
            }
        }
        Map<String, Double> accuracy = new LinkedHashMap<>();
        counts.forEach((group, c) -> accuracy.put(group, (double) c[0] / c[1]));
        return new GroupAccuracy(accuracy);
    }

    private static void requireSameLength(double[] values, boolean[] labels) {
        if (values.length != labels.length) {
            throw new IllegalArgumentException("need one label per score, got " + values.length + " scores and "
                    + labels.length + " labels");
        }
    }
}
