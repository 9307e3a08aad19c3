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
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main job on a tiny plan: what it writes, and that a resumed run makes nothing twice. */
class PhantomDemoTest {

    /** Two-step edits score at random: keep them all (threshold -1) so every figure is defined. */
    private static final DemoPlan TINY = new DemoPlan("tiny", 2, 1, 1, 2, -1);

    @Test
    void theDemoWritesItsReportAndSummaryAndResumesWithoutRedoingEdits(@TempDir Path out) throws IOException {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PhantomDemo.Result first = new PhantomDemo(TINY, out, false, new PrintStream(log, true, StandardCharsets.UTF_8)).run();

        JsonObject json = JsonParser.parseString(Files.readString(out.resolve("summary.json"))).getAsJsonObject();
        for (String study : List.of("acquisition", "presentation")) {
            for (String predictor : List.of("weak", "strong")) {
                for (String images : List.of("real", "edited")) {
                    double v = json.getAsJsonObject(study).getAsJsonObject(predictor).get(images).getAsDouble();
                    assertTrue(v >= 0 && v <= 100, study + "." + predictor + "." + images + " = " + v);
                }
            }
        }
        for (String predictor : List.of("weak", "strong")) {
            for (String images : List.of("real", "edema", "pacemaker", "consolidation")) {
                double v = json.getAsJsonObject("population").getAsJsonObject(predictor).get(images).getAsDouble();
                assertTrue(v > 50 && v <= 100, "population." + predictor + "." + images + " = " + v);
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
        assertEquals(TINY.totalEdits() - 2, json.getAsJsonObject("score").get("edits").getAsInt(),
                "every RadEdit edit of the studies, not the baselines' LANCE and DiffEdit ones");

        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("<img") && html.contains("data:image/png;base64,"), "pictures inlined");
        assertTrue(html.contains("Plotly.newPlot") || html.contains("Plotly.react"), "an interactive chart");
        assertFalse(Pattern.compile("<script[^>]*\\ssrc=|<link[^>]*href=\"http").matcher(html).find(),
                "no script or style loaded from elsewhere");
        assertTrue(html.contains("presentation: Does the pneumothorax classifier see the collapse"), "study sections");
        assertTrue(log.toString(StandardCharsets.UTF_8).contains("demo ["), "a progress bar");

        Path index = out.resolve("edits").resolve("presentation").resolve("results.tsv");
        String rowsBefore = Files.readString(index);
        assertTrue(log.toString(StandardCharsets.UTF_8).contains("composition: the null edit"), "the composition test ran");
        ByteArrayOutputStream resumedLog = new ByteArrayOutputStream();
        PhantomDemo.Result resumed = new PhantomDemo(TINY, out, true, new PrintStream(resumedLog, true, StandardCharsets.UTF_8))
                .run();
        assertFalse(resumedLog.toString(StandardCharsets.UTF_8).contains("composition: the null edit"),
                "the resumed run read the composition test back");
        assertEquals(rowsBefore, Files.readString(index), "no presentation edit was made again");
        // Stored edits are 16-bit PNGs: read back, they may move a segmenter's Dice in the third decimal.
        assertClose(first.summary().figures().toString(), resumed.summary().figures().toString());
        assertClose(first.summary().baselines().toString(), resumed.summary().baselines().toString());
        assertEquals(first.summary().edits(), resumed.summary().edits());
    }

    /** The same text with every number within 0.05 of the other's. */
    private static void assertClose(String expected, String actual) {
        String[] a = expected.split("(?<=[=,{}\\s])|(?=[,{}])");
        String[] b = actual.split("(?<=[=,{}\\s])|(?=[,{}])");
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
