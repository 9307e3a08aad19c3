package org.radedit.suite;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.radedit.render.HtmlContext;
import org.radedit.render.Renderable;
import org.radedit.render.TableFormat;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The editing score judged on a pool that holds failures as well as good edits: the verdicts of
 * several quality reports (a study's own edits, a guidance sweep, other methods, a wrong prompt),
 * each part under a label. A pool of only good edits cannot test the filter (precision is 1 by
 * construction); here {@link #separation()} gives precision, recall and ROC AUC of {@code S} and the
 * threshold the data would pick, and {@link #table()} what each part contributed.
 *
 * <pre>{@code
 * ScorePool pool = ScorePool.empty("presentation", 0.2)
 *         .with("study", study.assess(oracle), v -> v.seed() == 0)
 *         .with("wrong prompt", wrong.assess(oracle), v -> true);
 * }</pre>
 *
 * @param goodMeans what makes an edit good, the same for every part (null while the pool is empty)
 */
public record ScorePool(String name, double threshold, String goodMeans, List<ScoreVerdict> verdicts)
        implements Renderable {

    public ScorePool {
        verdicts = List.copyOf(verdicts);
    }

    public static ScorePool empty(String name, double threshold) {
        return new ScorePool(name, threshold, null, List.of());
    }

    /**
     * The pool with the verdicts of {@code report} that {@code which} accepts, each condition
     * prefixed with {@code label}. Reports that judge "good" differently cannot be pooled.
     */
    public ScorePool with(String label, QualityReport report, Predicate<ScoreVerdict> which) {
        if (goodMeans != null && !goodMeans.equals(report.goodMeans())) {
            throw new IllegalArgumentException("cannot pool verdicts judged differently: this pool's \"" + goodMeans
                    + "\" against \"" + report.goodMeans() + "\" of part " + label);
        }
        List<ScoreVerdict> all = new ArrayList<>(verdicts);
        report.verdicts().stream().filter(which).map(v -> v.labelled(label + " · " + v.condition())).forEach(all::add);
        return new ScorePool(name, threshold, report.goodMeans(), all);
    }

    /** Precision, recall and ROC AUC of {@code S >= threshold} over the whole pool. */
    public ScoreSeparation separation() {
        return ScoreSeparation.of(verdicts, threshold, goodMeans == null ? "good" : goodMeans);
    }

    /** Per part: edits, good edits, edits kept by the threshold, and the mean score of good and of bad edits. */
    public Table table() {
        Map<String, List<ScoreVerdict>> byPart = new LinkedHashMap<>();
        verdicts.forEach(v -> byPart.computeIfAbsent(v.condition(), k -> new ArrayList<>()).add(v));
        Table t = Table.create("Score filter on the pool \"" + name + "\"", StringColumn.create("part"),
                IntColumn.create("edits"), IntColumn.create("good"), IntColumn.create("kept"),
                DoubleColumn.create("mean S, good"), DoubleColumn.create("mean S, bad"));
        byPart.forEach((part, list) -> {
            t.stringColumn("part").append(part);
            t.intColumn("edits").append(list.size());
            t.intColumn("good").append((int) list.stream().filter(ScoreVerdict::good).count());
            t.intColumn("kept").append((int) list.stream().filter(v -> v.score() >= threshold).count());
            t.doubleColumn("mean S, good").append(meanScore(list, true));
            t.doubleColumn("mean S, bad").append(meanScore(list, false));
        });
        return t;
    }

    private static double meanScore(List<ScoreVerdict> list, boolean good) {
        return list.stream().filter(v -> v.good() == good && !Double.isNaN(v.score())).mapToDouble(ScoreVerdict::score)
                .average().orElse(Double.NaN);
    }

    private static TableFormat format() {
        return TableFormat.DEFAULT.withDecimals("mean S, good", 3).withDecimals("mean S, bad", 3);
    }

    @Override
    public String plainText() {
        return format().text(table()) + "\n" + separation().plainText();
    }

    @Override
    public String html(HtmlContext context) {
        return format().html(table(), context) + separation().html(context);
    }

    @Override
    public BufferedImage picture() {
        return separation().picture();
    }
}
