package org.radedit.suite;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.radedit.render.Html;
import org.radedit.render.HtmlContext;
import org.radedit.render.ImageGrid;
import org.radedit.render.Png;
import org.radedit.render.Renderable;
import org.radedit.render.ScoreHistogram;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The edits of a run, kept and dropped: dropped edits (score below the threshold) stay here for
 * inspection. Immutable; {@link #threshold(double)} re-judges the same edits without editing again.
 * Shows itself as the score histogram and a grid of kept and dropped edits.
 */
public final class EditResults implements Renderable, Iterable<EditResult> {

    /** Rows of each kind (kept, dropped) a display shows. */
    private static final int SHOWN = 6;

    private final Suite suite;
    private final List<EditResult> all;

    EditResults(Suite suite, List<EditResult> all) {
        this.suite = suite;
        this.all = List.copyOf(all);
    }

    /** The suite that made these edits (its groups, change and counterfactuals are used to evaluate). */
    public Suite suite() {
        return suite;
    }

    public List<EditResult> all() {
        return all;
    }

    public int size() {
        return all.size();
    }

    @Override
    public Iterator<EditResult> iterator() {
        return all.iterator();
    }

    /** The edits with {@code S >= threshold} (all, when not scored). */
    public EditResults kept() {
        return filter(EditResult::kept);
    }

    /** The edits the threshold dropped, for inspection. */
    public EditResults dropped() {
        return filter(r -> !r.kept());
    }

    public EditResults filter(Predicate<EditResult> condition) {
        return new EditResults(suite, all.stream().filter(condition).toList());
    }

    /**
     * The same edits judged against another threshold; nothing is edited or scored again. Unscored
     * edits stay kept.
     */
    public EditResults threshold(double threshold) {
        Suite judged = suite.plan().scoring().enabled() ? suite.score(threshold) : suite;
        return new EditResults(judged, all.stream().map(r -> r.withThreshold(threshold)).toList());
    }

    public double threshold() {
        return suite.plan().scoring().threshold();
    }

    /** The scores in run order (NaN when not scored). */
    public double[] scores() {
        return all.stream().mapToDouble(EditResult::score).toArray();
    }

    /** The settings present, in run order. */
    public List<Setting> settings() {
        return all.stream().map(EditResult::setting).distinct().toList();
    }

    /** The edits of one setting. */
    public EditResults forSetting(Setting setting) {
        return filter(r -> r.setting().equals(setting));
    }

    /** The edits per setting, in run order: one result per setting of a sweep. */
    public Map<Setting, EditResults> bySetting() {
        Map<Setting, EditResults> out = new LinkedHashMap<>();
        for (Setting s : settings()) {
            out.put(s, forSetting(s));
        }
        return out;
    }

    /** Classifiers on the real vs edited images of the kept edits. */
    public ShiftReport evaluate(Classifier first, Classifier... more) {
        ShiftEvaluator evaluator = suite.evaluator(first, more);
        feed(evaluator);
        return evaluator.report();
    }

    /** Segmenters' Dice against {@code truth} on the real vs edited images of the kept edits. */
    public ShiftReport evaluate(MaskSpec truth, Segmenter first, Segmenter... more) {
        ShiftEvaluator evaluator = suite.evaluator(truth, first, more);
        feed(evaluator);
        return evaluator.report();
    }

    /** Edit quality of every edit against an oracle and, where known, the true counterfactuals. */
    public QualityReport assess(Classifier oracle) {
        QualityAssessor assessor = suite.assessor(oracle);
        feed(assessor);
        return assessor.report();
    }

    /** The edits in the suite's batches, so predictors see as many images at once as the engine did. */
    private void feed(ResultSink sink) {
        int batch = suite.plan().execution().recordsPerCall();
        for (int from = 0; from < all.size(); from += batch) {
            sink.accept(all.subList(from, Math.min(all.size(), from + batch)));
        }
    }

    /** The scores' histogram with the threshold marked. */
    public ScoreHistogram histogram() {
        return new ScoreHistogram("Editing scores", scoresOf(kept()), scoresOf(dropped()), threshold());
    }

    /** Up to {@code rows} kept edits, then up to {@code rows} dropped ones, as a grid. */
    public ImageGrid grid(int rows) {
        List<EditResult> shown = new ArrayList<>(kept().all.stream().limit(rows).toList());
        shown.addAll(dropped().all.stream().limit(rows).toList());
        return ResultGrid.of("Edits (dropped ones faded)", shown);
    }

    /** One row per edit: record, setting, score, kept, and how much changed where. */
    public Table table() {
        Table t = Table.create("Edits",
                StringColumn.create("record"), StringColumn.create("setting"), DoubleColumn.create("score"),
                BooleanColumn.create("kept"), DoubleColumn.create("change in edit"),
                DoubleColumn.create("change outside"), IntColumn.create("keep pixels changed"));
        for (EditResult r : all) {
            t.stringColumn("record").append(r.record().id());
            t.stringColumn("setting").append(r.setting().label());
            t.doubleColumn("score").append(r.score());
            t.booleanColumn("kept").append(r.kept());
            t.doubleColumn("change in edit").append(r.change().meanChangeInsideEdit());
            t.doubleColumn("change outside").append(r.change().meanChangeOutsideMasks());
            t.intColumn("keep pixels changed").append(r.change().keepPixelsChanged());
        }
        return t;
    }

    private RunSummary summary() {
        return new RunSummary(all.stream().map(EditResult::row).toList(), suite.plan().scoring().enabled(), threshold());
    }

    @Override
    public String plainText() {
        return summary().plainText();
    }

    @Override
    public String html(HtmlContext context) {
        StringBuilder out = new StringBuilder(summary().html(context));
        if (!all.isEmpty()) {
            out.append(grid(SHOWN).html(context));
        } else {
            out.append(Html.note("no edits: no record matched"));
        }
        return out.toString();
    }

    @Override
    public BufferedImage picture() {
        List<BufferedImage> parts = new ArrayList<>();
        if (suite.plan().scoring().enabled() && !all.isEmpty()) {
            parts.add(histogram().picture());
        }
        parts.add(grid(SHOWN).picture());
        return Png.stack(parts);
    }

    private static double[] scoresOf(EditResults results) {
        return results.all.stream().mapToDouble(EditResult::score).filter(s -> !Double.isNaN(s)).toArray();
    }

    @Override
    public String toString() {
        return plainText();
    }
}
