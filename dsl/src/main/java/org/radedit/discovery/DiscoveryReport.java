package org.radedit.discovery;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.radedit.data.Labeled;
import org.radedit.io.AtomicFiles;
import org.radedit.metrics.Interval;
import org.radedit.render.BarChart;
import org.radedit.render.Html;
import org.radedit.render.HtmlContext;
import org.radedit.render.HtmlReport;
import org.radedit.render.Renderable;
import org.radedit.render.TableFormat;
import org.radedit.suite.ResultGrid;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * What a {@link Discovery} found: the interventions ranked by how often they break the predictor,
 * each with its failure kind, rate, bootstrap interval and the number of edits behind it, the same
 * per metadata group, a grid of examples for the worst intervention of each kind, and a one-line verdict.
 */
public record DiscoveryReport(String predictor, Labeled target, List<InterventionResult> results, int edits, int spent,
                              int budget, double seconds, Path folder) implements Renderable {

    /**
     * An intervention "breaks" the predictor when the lower end of its 95% interval exceeds this:
     * the data then say that clearly more than one edit in five fails.
     */
    public static final double BREAKS = 0.2;

    public DiscoveryReport {
        results = List.copyOf(results);
    }

    /** The interventions with at least one kept edit, worst first (ties: more edits first). */
    public List<InterventionResult> ranked() {
        return results.stream().filter(r -> r.overall().edits() > 0)
                .sorted(Comparator.comparingDouble(InterventionResult::rate).reversed()
                        .thenComparing(r -> -r.overall().edits()))
                .toList();
    }

    /** The worst intervention of one failure kind. */
    public Optional<InterventionResult> top(FailureKind kind) {
        return ranked().stream().filter(r -> r.kind() == kind).findFirst();
    }

    public Optional<InterventionResult> result(String intervention) {
        return results.stream().filter(r -> r.name().equals(intervention)).findFirst();
    }

    /** e.g. "answer follows the chest tube, not the pneumothorax"; a group that splits the worst failure is named. */
    public String verdict() {
        String sentence = mainVerdict();
        Optional<InterventionResult> worst = ranked().stream().filter(DiscoveryReport::breaks).findFirst();
        return worst.flatMap(DiscoveryReport::split).map(split -> sentence + "; " + split).orElse(sentence);
    }

    /**
     * "by site: B 100%, A 0%" when a metadata breakdown of {@code r} has groups of at least three
     * kept edits whose rates lie 50 points or more apart.
     */
    private static Optional<String> split(InterventionResult r) {
        for (Map.Entry<String, Map<String, FailureRate>> field : r.groups().entrySet()) {
            if (field.getKey().equals(InterventionResult.OTHER_FINDINGS)) {
                continue;
            }
            List<Map.Entry<String, FailureRate>> groups = field.getValue().entrySet().stream()
                    .filter(e -> e.getValue().edits() >= 3)
                    .sorted(Comparator.comparingDouble((Map.Entry<String, FailureRate> e) -> e.getValue().rate()).reversed())
                    .toList();
            if (groups.size() >= 2 && groups.get(0).getValue().rate() - groups.get(groups.size() - 1).getValue().rate() >= 0.5) {
                List<String> parts = new ArrayList<>();
                groups.forEach(g -> parts.add(String.format(Locale.ROOT, "%s %.0f%%", g.getKey(), 100 * g.getValue().rate())));
                return Optional.of("by " + field.getKey() + " (" + r.name() + "): " + String.join(", ", parts));
            }
        }
        return Optional.empty();
    }

    private String mainVerdict() {
        Optional<InterventionResult> spurious = top(FailureKind.SPURIOUS_SENSITIVITY).filter(DiscoveryReport::breaks);
        Optional<InterventionResult> missed = top(FailureKind.MISSED_CHANGE).filter(DiscoveryReport::breaks);
        String targetName = target.label().key();
        if (spurious.isPresent() && missed.isPresent()) {
            return String.format(Locale.ROOT, "answer follows the %s, not the %s (it flips in %.0f%% of the edits that %s;"
                            + " it misses %.0f%% of the edits that %s)", spurious.get().intervention().change().finding()
                            .label().key(), targetName, 100 * spurious.get().rate(), spurious.get().name(),
                    100 * missed.get().rate(), missed.get().name());
        }
        if (spurious.isPresent()) {
            return String.format(Locale.ROOT, "answer is swayed by the %s: it flips in %.0f%% of the edits that %s",
                    spurious.get().intervention().change().finding().label().key(), 100 * spurious.get().rate(),
                    spurious.get().name());
        }
        if (missed.isPresent() && missed.get().dominantCompanions().isPresent()) {
            String kept = missed.get().dominantCompanions().get();
            return String.format(Locale.ROOT, "answer misses the %s's change where the %s stays: %.0f%% of the edits that %s"
                    + " (the %s kept) leave it as it was", targetName, kept, 100 * missed.get().rate(), missed.get().name(), kept);
        }
        if (missed.isPresent()) {
            return String.format(Locale.ROOT, "answer misses changes of the %s: %.0f%% of the edits that %s leave it as it was",
                    targetName, 100 * missed.get().rate(), missed.get().name());
        }
        return ranked().isEmpty() ? "no kept edits: nothing to judge"
                : String.format(Locale.ROOT, "no intervention breaks it (none has a failure rate clearly above %.0f%%;"
                + " the largest is %.0f%%, %s)", 100 * BREAKS, 100 * ranked().get(0).rate(), ranked().get(0).name());
    }

    private static boolean breaks(InterventionResult r) {
        Interval i = r.overall().interval();
        return i.isDefined() && i.low() > BREAKS;
    }

    /** The ranked table: intervention, failure kind, rate with its interval, kept edits and edits made. */
    public Table table() {
        Table t = Table.create("What breaks " + predictor + " (target: " + target.label().key() + ")",
                IntColumn.create("rank"), StringColumn.create("intervention"), StringColumn.create("failure"),
                DoubleColumn.create("rate %"), StringColumn.create("95% interval"), IntColumn.create("kept edits"),
                IntColumn.create("edits made"));
        int rank = 1;
        for (InterventionResult r : ranked()) {
            t.intColumn("rank").append(rank++);
            t.stringColumn("intervention").append(r.name());
            t.stringColumn("failure").append(r.kind().phrase());
            t.doubleColumn("rate %").append(100 * r.rate());
            t.stringColumn("95% interval").append(interval(r.overall().interval()));
            t.intColumn("kept edits").append(r.overall().edits());
            t.intColumn("edits made").append(r.made());
        }
        return t;
    }

    /** Rates per metadata group of the ranked interventions (empty when no breakdown was asked for). */
    public Table groupTable() {
        Table t = Table.create("By group", StringColumn.create("intervention"), StringColumn.create("group"),
                DoubleColumn.create("rate %"), StringColumn.create("95% interval"), IntColumn.create("kept edits"));
        for (InterventionResult r : ranked()) {
            r.groups().forEach((field, byValue) -> byValue.forEach((value, rate) -> {
                t.stringColumn("intervention").append(r.name());
                t.stringColumn("group").append(field + " = " + value);
                t.doubleColumn("rate %").append(100 * rate.rate());
                t.stringColumn("95% interval").append(interval(rate.interval()));
                t.intColumn("kept edits").append(rate.edits());
            }));
        }
        return t;
    }

    private String summary() {
        return String.format(Locale.ROOT, "Verdict: %s. %d edits of a budget of %d (%d made by this run, the rest"
                        + " read back from disk) in %.1f min; %d interventions;"
                        + " a rate counts kept edits only (editing score at or above its threshold); brackets: bootstrap"
                        + " intervals over edits. Missed change: the intervention changes the %s but the answer"
                        + " (p >= 0.5) does not follow; spurious sensitivity: it leaves the %s alone but the answer flips.",
                verdict(), edits, budget, spent, seconds / 60, results.size(), target.label().key(), target.label().key());
    }

    private static final TableFormat FORMAT = TableFormat.DEFAULT;

    @Override
    public String plainText() {
        String groups = groupTable().rowCount() > 0 ? "\n" + FORMAT.text(groupTable()) : "";
        return FORMAT.text(table()) + groups + "\n" + summary();
    }

    @Override
    public String html(HtmlContext context) {
        StringBuilder out = new StringBuilder(context.style());
        out.append("<p class=\"radedit-note\"><b>").append(Html.escape(verdict())).append("</b></p>");
        out.append(FORMAT.html(table(), context));
        if (groupTable().rowCount() > 0) {
            out.append(FORMAT.html(groupTable(), context));
        }
        for (FailureKind kind : FailureKind.values()) {
            top(kind).filter(r -> !r.examples().isEmpty()).ifPresent(r -> out.append(
                    ResultGrid.of("Worst " + kind.phrase() + ": " + r.name(), r.examples()).html(context)));
        }
        return out.append(Html.note(summary())).toString();
    }

    @Override
    public BufferedImage picture() {
        List<InterventionResult> ranked = ranked();
        List<String> names = new ArrayList<>();
        double[] rates = new double[ranked.size()];
        for (int i = 0; i < rates.length; i++) {
            names.add(ranked.get(i).name());
            rates[i] = 100 * ranked.get(i).rate();
        }
        return new BarChart("What breaks " + predictor, "failure rate %", names,
                List.of(new BarChart.Series("failure rate", rates))).picture();
    }

    /** The findings as JSON: verdict, budget, and per intervention its kind, rate, interval, edits and groups. */
    public String json() {
        JsonObject root = new JsonObject();
        root.addProperty("predictor", predictor);
        root.addProperty("target", target.label().name());
        root.addProperty("verdict", verdict());
        root.addProperty("edits", edits);
        root.addProperty("edits_made_by_this_run", spent);
        root.addProperty("budget", budget);
        root.addProperty("seconds", Math.round(seconds * 10) / 10.0);
        JsonArray list = new JsonArray();
        for (InterventionResult r : ranked()) {
            JsonObject o = rate(r.overall());
            o.addProperty("intervention", r.name());
            o.addProperty("failure", r.kind().phrase());
            o.addProperty("edits_made", r.made());
            o.addProperty("prompt", r.intervention().prompt());
            JsonObject groups = new JsonObject();
            r.groups().forEach((field, byValue) -> {
                JsonObject values = new JsonObject();
                byValue.forEach((value, rate) -> values.add(value, rate(rate)));
                groups.add(field, values);
            });
            o.add("groups", groups);
            list.add(o);
        }
        root.add("ranked", list);
        return new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues().create().toJson(root);
    }

    private static JsonObject rate(FailureRate rate) {
        JsonObject o = new JsonObject();
        o.addProperty("rate", rate.rate());
        o.addProperty("low", rate.interval().low());
        o.addProperty("high", rate.interval().high());
        o.addProperty("kept_edits", rate.edits());
        o.addProperty("failures", rate.failures());
        return o;
    }

    /** Writes {@code report.html} and {@code discovery.json} into {@code dir}, each atomically. */
    public void writeTo(Path dir) {
        try {
            Files.createDirectories(dir);
            HtmlReport.titled("Failure discovery: " + predictor).section("What breaks " + predictor, this)
                    .writeTo(dir.resolve("report.html"));
            AtomicFiles.writeString(dir.resolve("discovery.json"), json() + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the discovery report to " + dir + ": " + e.getMessage(), e);
        }
    }

    private static String interval(Interval i) {
        return i.isDefined() ? String.format(Locale.ROOT, "%.1f–%.1f", 100 * i.low(), 100 * i.high()) : "—";
    }

    @Override
    public String toString() {
        return plainText();
    }
}
