package org.radedit.studies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.radedit.phantom.Finding;
import org.junit.jupiter.api.io.TempDir;

/** The main job on a tiny plan: what it writes, and that a resumed run makes nothing twice. */
class PhantomDemoTest {

    /**
     * Two-step edits score at random: keep them all (threshold -1) so every figure is defined. Two
     * seeds (so every repeated figure has an sd), score-filter pools of one record per part.
     */
    private static final DemoPlan TINY = new DemoPlan("tiny", 2, 1, 1, 2, 1, 2, -1);

    @Test
    void theDemoWritesItsReportAndSummaryAndResumesWithoutRedoingEdits(@TempDir Path out) throws IOException {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PhantomDemo.Result first = new PhantomDemo(TINY, out, false, new PrintStream(log, true, StandardCharsets.UTF_8)).run();

        JsonObject json = JsonParser.parseString(Files.readString(out.resolve("summary.json"))).getAsJsonObject();
        for (String study : List.of("acquisition", "presentation")) {
            for (String predictor : List.of("weak", "strong")) {
                for (String images : List.of("real", "edited")) {
                    JsonObject figures = json.getAsJsonObject(study).getAsJsonObject(predictor);
                    double v = figures.get(images).getAsDouble();
                    assertTrue(v >= 0 && v <= 100, study + "." + predictor + "." + images + " = " + v);
                    double sd = figures.get(images + "_sd").getAsDouble(); // two seeds: a number, not null
                    assertTrue(sd >= 0 && sd <= 100, study + "." + predictor + "." + images + "_sd = " + sd);
                }
            }
        }
        for (String predictor : List.of("weak", "strong")) {
            for (String images : List.of("real", "edema", "pacemaker", "consolidation")) {
                double v = json.getAsJsonObject("population").getAsJsonObject(predictor).get(images).getAsDouble();
                assertTrue(v > 50 && v <= 100, "population." + predictor + "." + images + " = " + v);
                JsonObject figures = json.getAsJsonObject("population").getAsJsonObject(predictor);
                assertEquals(images.equals("real"), figures.get(images + "_sd").isJsonNull(),
                        "real Dice is measured once; an added finding's is repeated over the seeds: " + figures);
            }
        }
        for (String method : List.of("radedit", "lance", "diffedit")) {
            double dice = json.getAsJsonObject("baselines").getAsJsonObject(method).get("mask_dice").getAsDouble();
            assertTrue(dice >= 0 && dice <= 100, method + " mask Dice " + dice);
            JsonObject m = json.getAsJsonObject("baselines").getAsJsonObject(method);
            double once = m.get("composition_after_1").getAsDouble();
            double all = m.get("composition_after_" + DemoPlan.COMPOSITION_TIMES).getAsDouble();
            assertTrue(once >= 0 && once < 1 && all >= 0 && all < 1, method + " composition " + once + ", " + all);
            for (String fd : List.of("realism_fd", "realism_fd_unedited", "realism_fd_true_counterfactual")) {
                // one baseline record per method here: a Fréchet distance needs two, so it is unknown (null)
                assertTrue(m.has(fd) && m.get(fd).isJsonNull(), method + " " + fd + " = " + m.get(fd));
            }
        }
        double kept = json.getAsJsonObject("score").get("kept_fraction").getAsDouble();
        assertTrue(kept >= 0 && kept <= 1, "kept fraction " + kept);
        assertEquals(2 * (2 + 2 + 3 * 1), TINY.studyEdits());
        assertEquals(TINY.studyEdits(), json.getAsJsonObject("score").get("edits").getAsInt(),
                "every RadEdit edit of the studies at every seed, not the baselines' or the pools'");
        JsonObject filter = json.getAsJsonObject("score_filter");
        assertEquals(List.of("acquisition", "presentation", "population-edema", "population-pacemaker",
                "population-consolidation"), List.copyOf(filter.keySet()));
        for (String study : filter.keySet()) {
            JsonObject f = filter.getAsJsonObject(study);
            // the study's own edit of seed 0, two guidance weights, two methods, one wrong prompt
            assertEquals(1 + ScoreFilterPools.PARTS, f.get("edits").getAsInt(), study + ": " + f);
            assertEquals(1 + ScoreFilterPools.PARTS, f.get("kept").getAsInt(), "threshold -1 keeps every edit");
            int good = f.get("good").getAsInt();
            assertEquals(good, f.get("kept_good").getAsInt());
            assertEquals((double) good / (1 + ScoreFilterPools.PARTS), f.get("precision").getAsDouble(), 1e-4,
                    "keeping everything, precision is the base rate");
        }
        assertTrue(Files.isRegularFile(out.resolve("edits").resolve("acquisition-wrong-prompt").resolve("results.tsv")),
                "the wrong prompt's edits have their own directory");
        JsonObject sweeps = json.getAsJsonObject("sweeps");
        assertEquals(List.of("acquisition", "population-edema", "population-pacemaker", "population-consolidation"),
                List.copyOf(sweeps.keySet()));
        for (String study : sweeps.keySet()) {
            JsonObject sweep = sweeps.getAsJsonObject(study);
            var sweepRows = sweep.getAsJsonArray("rows");
            int points = study.equals("acquisition")
                    ? DefaultsSweep.removalPoints(PhantomStudies.acquisitionMasks().size(), PhantomStudies.ACQUISITION_GUIDANCE)
                    : DefaultsSweep.additionPoints(PhantomStudies.populationGuidance(
                            Finding.valueOf(study.substring("population-".length()).toUpperCase(Locale.ROOT))));
            assertEquals(points, sweepRows.size(), study + ": " + sweep);
            assertTrue(sweepRows.get(0).getAsJsonObject().get("study_default").getAsBoolean(),
                    "the defaults come first: " + study);
            for (var row : sweepRows) {
                JsonObject r = row.getAsJsonObject();
                assertEquals(1, r.get("edits").getAsInt(), "one record per setting: " + r);
                assertEquals(r.get("error_to_counterfactual").getAsDouble() / r.get("error_unedited").getAsDouble(),
                        r.get("ratio").getAsDouble(), 1e-3, r.toString());
                assertTrue(study.equals("acquisition") || r.get("axis").getAsString().matches("defaults|guidance"),
                        "an addition's sweep varies the guidance only: " + r);
            }
        }
        assertEquals(PhantomStudies.ACQUISITION_GUIDANCE, json.getAsJsonObject("run").getAsJsonObject("guidance")
                .get("acquisition").getAsDouble(), "the run names each study's guidance");
        assertTrue(Files.isRegularFile(out.resolve("edits").resolve("acquisition-sweep-lungs").resolve("results.tsv")),
                "a mask other than the default has its own directory");

        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("<img") && html.contains("data:image/png;base64,"), "pictures inlined");
        assertTrue(html.contains("Plotly.newPlot") || html.contains("Plotly.react"), "an interactive chart");
        assertFalse(Pattern.compile("<script[^>]*\\ssrc=|<link[^>]*href=\"http").matcher(html).find(),
                "no script or style loaded from elsewhere");
        assertTrue(html.contains("presentation: Does the pneumothorax classifier see the collapse"), "study sections");
        assertTrue(log.toString(StandardCharsets.UTF_8).contains("demo ["), "a progress bar");
        List<String> barLines = log.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("demo [")).toList();
        String total = TINY.totalEdits() + "/" + TINY.totalEdits() + " edits";
        assertTrue(barLines.get(barLines.size() - 1).contains(total),
                "the bar ends at the plan's count of edits made or read back (" + total + "): " + barLines);

        Path index = out.resolve("edits").resolve("presentation").resolve("results.tsv");
        String rowsBefore = Files.readString(index);
        Path wrongIndex = out.resolve("edits").resolve("population-edema-wrong-prompt").resolve("results.tsv");
        String wrongBefore = Files.readString(wrongIndex);
        assertTrue(log.toString(StandardCharsets.UTF_8).contains("composition: the null edit"), "the composition test ran");
        ByteArrayOutputStream resumedLog = new ByteArrayOutputStream();
        PhantomDemo.Result resumed = new PhantomDemo(TINY, out, true, new PrintStream(resumedLog, true, StandardCharsets.UTF_8))
                .run();
        assertFalse(resumedLog.toString(StandardCharsets.UTF_8).contains("composition: the null edit"),
                "the resumed run read the composition test back");
        assertEquals(rowsBefore, Files.readString(index), "no presentation edit was made again");
        assertEquals(wrongBefore, Files.readString(wrongIndex), "no pool edit was made again");
        assertEquals(first.summary().scoreFilter().keySet(), resumed.summary().scoreFilter().keySet());
        // Stored edits are 16-bit PNGs: read back, they may move a segmenter's Dice in the third decimal.
        assertClose(first.summary().figures().toString(), resumed.summary().figures().toString());
        assertClose(first.summary().baselines().toString(), resumed.summary().baselines().toString());
        assertEquals(first.summary().edits(), resumed.summary().edits());
    }

    /** The same text with every number (a mean, or the sd after its "±") within 0.05 of the other's. */
    private static void assertClose(String expected, String actual) {
        String[] a = expected.split("(?<=[=,{}\\s±])|(?=[,{}±])");
        String[] b = actual.split("(?<=[=,{}\\s±])|(?=[,{}±])");
        assertEquals(a.length, b.length, expected + " vs " + actual);
        for (int i = 0; i < a.length; i++) {
            try {
                assertEquals(Double.parseDouble(a[i]), Double.parseDouble(b[i]), 0.05, expected + " vs " + actual);
            } catch (NumberFormatException e) {
                assertEquals(a[i], b[i], expected + " vs " + actual);
            }
        }
    }
}
