package org.radedit.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radedit.data.Dataset;
import org.radedit.data.TestFinding;
import org.radedit.display.MimeBundle;
import org.radedit.render.HtmlContext;
import org.radedit.render.HtmlReport;
import org.radedit.render.Plotly;

class RenderingTest {

    private static final Pattern DATA_IMG = Pattern.compile("<img src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"");
    private static final Pattern SCRIPT_SRC = Pattern.compile("<script[^>]*\\ssrc\\s*=", Pattern.CASE_INSENSITIVE);

    private final EditResults results = Fixtures.presentation(Fixtures.dataset(4)).score().run();

    private static BufferedImage decode(String base64) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(base64)));
    }

    @Test
    void editResultsShowAGridOfEmbeddedPngsAndAPngThatDecodes() throws IOException {
        MimeBundle bundle = results.toMimeBundle();
        Matcher img = DATA_IMG.matcher(bundle.data().get(MimeBundle.HTML));
        assertTrue(img.find(), "an embedded PNG");
        assertEquals(Fixtures.SIZE, decode(img.group(1)).getWidth(), "cells are the images at their own size");
        assertTrue(bundle.data().get(MimeBundle.TEXT).startsWith("2 edits: "), bundle.data().get(MimeBundle.TEXT));

        BufferedImage grid = results.grid(6).picture();
        // 4 columns of 96 px cells (32 px drawn 3x) with 4 px gaps; the rows' captions wrap
        assertEquals(4 * (96 + 4) + 4, grid.getWidth());
        assertTrue(grid.getHeight() > 2 * 96);
        BufferedImage png = decode(bundle.data().get(MimeBundle.PNG));
        assertEquals(640, png.getWidth(), "as wide as the histogram");
        assertEquals(320 + grid.getHeight(), png.getHeight(), "the score histogram above the grid");
    }

    @Test
    void aResultOfAMethodWithItsOwnMaskShowsTheAppliedMaskToo() {
        EditResults lance = Fixtures.presentation(Fixtures.dataset(2)).method(org.radedit.engine.EditMethod.LANCE).run();
        assertEquals(5 * (96 + 4) + 4, lance.grid(1).picture().getWidth());
        assertTrue(lance.all().get(0).html(HtmlContext.page()).contains("<th>applied mask</th>"));
    }

    @Test
    void theShiftTableHasOurFiguresAndThePapersBeside() {
        var a = Fixtures.plain("a", 0.9f, true, "A");
        var b = Fixtures.plain("b", 0.3f, true, "B");
        EditResults hand = new EditResults(Suite.from(Dataset.of("x", List.of(a, b))).removes(TestFinding.PNEUMOTHORAX)
                .groupBy("site", r -> r.metadata().site()),
                List.of(Fixtures.handMade(a, 1, 0.2f, Double.NaN, true), Fixtures.handMade(b, 1, 0.8f, Double.NaN, true)));
        ShiftReport report = hand.evaluate(Fixtures.pixelClassifier("weak")).withPaper("weak", PaperFigures.PRESENTATION_WEAK);
        String html = report.html(HtmlContext.page());
        assertTrue(html.contains("<th>site</th>"), html);
        assertTrue(html.contains("<th class=\"paper\">paper real %</th>"), html);
        assertTrue(html.contains("<td class=\"paper\">93.3</td><td class=\"paper\">17.9</td><td class=\"paper\">-75.4</td>"), html);
        assertTrue(html.contains("<td class=\"text\">weak</td>"), html);
        assertTrue(html.contains("<td>50.0 (0.0–100.0)</td>"), "real accuracy 1 of 2: " + html);
        assertTrue(html.contains("<tr class=\"worst\">"), html);
        assertEquals(0.5, report.table().doubleColumn("real").get(0), 1e-12);
        assertTrue(report.plainText().contains("paper real %"));
        assertTrue(report.picture().getWidth() > 0);
    }

    @Test
    void theHtmlReportIsOneSelfContainedFileWithPlotlyInlinedOnce(@TempDir Path dir) throws IOException {
        ShiftReport shift = results.threshold(-1).evaluate(Classifier.named("c", images -> new double[images.size()]));
        Path file = HtmlReport.titled("Presentation shift").section("Edits", results).section("Shift", shift)
                .section("Scores again", results.histogram()).note("a note").writeTo(dir.resolve("report.html"));
        String page = Files.readString(file);
        assertEquals(1, count(page, "plotly.js v" + Plotly.VERSION), "plotly inlined exactly once");
        String ours = page.replace(Plotly.source(), "");
        assertEquals(3, count(ours, "Plotly.newPlot"), "histogram twice and the shift chart");
        assertFalse(SCRIPT_SRC.matcher(page).find(), "no script is loaded from anywhere");
        assertFalse(ours.toLowerCase().contains("cdn"), "no CDN");
        assertFalse(ours.contains("https://"), "nothing from the network");
        assertTrue(DATA_IMG.matcher(page).find());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "written atomically: no temporary file left");
        }
    }

    @Test
    void theSuiteShowsItsPlanAndItsFirstRecordWithoutEditing() throws IOException {
        Suite suite = Fixtures.presentation(Fixtures.dataset(4));
        MimeBundle bundle = suite.toMimeBundle();
        assertTrue(bundle.data().get(MimeBundle.TEXT).contains("finding(PNEUMOTHORAX).dilate(2)"));
        assertTrue(bundle.data().get(MimeBundle.HTML).contains("<td class=\"text\">finding(CHEST_TUBE)</td>"));
        assertEquals(4 * Fixtures.SIZE, decode(bundle.data().get(MimeBundle.PNG)).getWidth(), "enlarged 4x");
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) {
            n++;
        }
        return n;
    }
}
