package org.radedit.suite;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.radedit.metrics.Classification;
import org.radedit.render.Html;
import org.radedit.render.HtmlContext;
import org.radedit.render.LineChart;
import org.radedit.render.Renderable;

/**
 * How well the editing score separates good edits from bad ones, where an oracle knows which is
 * which: keeping {@code S >= threshold} has precision (kept edits that are good) and recall (good
 * edits that are kept). The curve shows both over thresholds from -1 to 1 in steps of 0.05. Beside
 * the given threshold: the ROC AUC of S (how well S ranks good above bad edits at all, 0.5 for
 * chance) and the threshold the data would pick, the one of the grid with the highest F1
 * (2PR / (P + R); the lowest such threshold when several tie).
 *
 * @param goodMeans       what makes an edit good here (the oracle alone, or the ground truth)
 * @param edits           scored edits judged
 * @param good            edits that are good by {@code goodMeans}
 * @param kept            edits at or above the threshold
 * @param keptGood        kept edits that are good
 * @param auc             ROC AUC of S for good against bad edits; NaN when all are good or all bad
 * @param chosenThreshold the grid's threshold of highest F1; NaN when no edit is good
 */
public record ScoreSeparation(String goodMeans, double threshold, int edits, int good, int kept, int keptGood,
                              double precision, double recall, double[] thresholds, double[] precisions,
                              double[] recalls, double auc, double chosenThreshold)
        implements Renderable {

    private static final double STEP = 0.05;

    /** Precision and recall of {@code S >= threshold} for scored verdicts; NaN scores are left out. */
    public static ScoreSeparation of(List<ScoreVerdict> verdicts, double threshold, String goodMeans) {
        double[] scores = verdicts.stream().mapToDouble(ScoreVerdict::score).toArray();
        boolean[] good = new boolean[verdicts.size()];
        for (int i = 0; i < good.length; i++) {
            good[i] = verdicts.get(i).good();
        }
        return of(scores, good, threshold, goodMeans);
    }

    /** Precision and recall of {@code S >= threshold} against {@code good}; NaN scores are left out. */
    public static ScoreSeparation of(double[] scores, boolean[] good, double threshold, String goodMeans) {
        if (scores.length != good.length) {
            throw new IllegalArgumentException("need one verdict per score, got " + scores.length + " scores and "
                    + good.length + " verdicts");
        }
        List<double[]> pairs = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            if (!Double.isNaN(scores[i])) {
                pairs.add(new double[] {scores[i], good[i] ? 1 : 0});
            }
        }
        int n = (int) Math.round(2 / STEP) + 1;
        double[] ts = new double[n];
        double[] ps = new double[n];
        double[] rs = new double[n];
        for (int k = 0; k < n; k++) {
            ts[k] = Math.round((-1 + k * STEP) * 100) / 100.0; // exactly -0.2, not -0.19999999999999996
            int[] c = counts(pairs, ts[k]);
            ps[k] = c[2] == 0 ? Double.NaN : (double) c[3] / c[2];
            rs[k] = c[1] == 0 ? Double.NaN : (double) c[3] / c[1];
        }
        int[] c = counts(pairs, threshold);
        double[] judgedScores = pairs.stream().mapToDouble(p -> p[0]).toArray();
        boolean[] judgedGood = new boolean[pairs.size()];
        for (int i = 0; i < judgedGood.length; i++) {
            judgedGood[i] = pairs.get(i)[1] == 1;
        }
        double auc = pairs.isEmpty() ? Double.NaN : Classification.auroc(judgedScores, judgedGood);
        return new ScoreSeparation(goodMeans, threshold, c[0], c[1], c[2], c[3], c[2] == 0 ? Double.NaN : (double) c[3] / c[2],
                c[1] == 0 ? Double.NaN : (double) c[3] / c[1], ts, ps, rs, auc, bestF1(ts, ps, rs));
    }

    /** The threshold of highest F1 on the grid (the first, i.e. lowest, of equals); NaN when F1 is never defined. */
    private static double bestF1(double[] ts, double[] ps, double[] rs) {
        double best = Double.NaN;
        double bestF1 = -1;
        for (int k = 0; k < ts.length; k++) {
            double f1 = Double.isNaN(ps[k]) || Double.isNaN(rs[k]) || ps[k] + rs[k] == 0 ? Double.NaN
                    : 2 * ps[k] * rs[k] / (ps[k] + rs[k]);
            if (!Double.isNaN(f1) && f1 > bestF1 + 1e-12) {
                bestF1 = f1;
                best = ts[k];
            }
        }
        return best;
    }

    /** {edits, good, kept, kept and good} at a threshold. */
    private static int[] counts(List<double[]> pairs, double threshold) {
        int[] c = new int[4];
        for (double[] p : pairs) {
            boolean isGood = p[1] == 1;
            boolean isKept = p[0] >= threshold;
            c[0]++;
            c[1] += isGood ? 1 : 0;
            c[2] += isKept ? 1 : 0;
            c[3] += isGood && isKept ? 1 : 0;
        }
        return c;
    }

    /** Good edits among all: the precision of keeping everything. */
    public double baseRate() {
        return edits == 0 ? Double.NaN : (double) good / edits;
    }

    public LineChart chart() {
        return new LineChart("Does the editing score keep the good edits?", "threshold on S", "fraction",
                List.of(new LineChart.Series("precision (kept that are good)", thresholds, precisions),
                        new LineChart.Series("recall (good that are kept)", thresholds, recalls)),
                threshold, String.format(Locale.ROOT, "threshold %.2f", threshold), 0, 1.05);
    }

    @Override
    public String plainText() {
        return String.format(Locale.ROOT, "S >= %.2f keeps %d of %d edits; %d are good (base rate %.2f): precision %.3f,"
                        + " recall %.3f; ROC AUC of S %.3f; the data's threshold (highest F1) %.2f. %s.",
                threshold, kept, edits, good, baseRate(), precision, recall, auc, chosenThreshold,
                goodMeans.substring(0, 1).toUpperCase(Locale.ROOT) + goodMeans.substring(1));
    }

    @Override
    public String html(HtmlContext context) {
        return context.style() + "<p class=\"radedit-note\">" + Html.escape(plainText()) + "</p>"
                + chart().html(context);
    }

    @Override
    public BufferedImage picture() {
        return chart().picture();
    }
}
