package org.radedit.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radedit.display.MimeBundle;
import org.radedit.image.Box;
import org.radedit.image.Image;
import org.radedit.image.Mask;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class RenderTest {

    private static final Pattern DATA_IMG = Pattern.compile("<img src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"");
    private static final Pattern SCRIPT_SRC = Pattern.compile("<script[^>]*\\ssrc\\s*=", Pattern.CASE_INSENSITIVE);
    private static final String PLOTLY_BANNER = "plotly.js v" + Plotly.VERSION;

    private final ScoreHistogram histogram = new ScoreHistogram("S", new double[] {0.2, 0.25, 0.9},
            new double[] {0.1, -0.05}, 0.2);

    private static BufferedImage decode(String base64) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(base64)));
    }

    private static ImageGrid grid(int rows) {
        Image a = Image.filled(16, 16, 0.2f);
        Image b = Image.filled(16, 16, 0.7f);
        Mask m = Mask.fromBoxes(16, 16, new Box(2, 2, 5, 5));
        List<ImageGrid.Row> list = java.util.stream.IntStream.range(0, rows).mapToObj(i -> new ImageGrid.Row(
                List.of(Panels.gray(a), Panels.gray(b), Panels.difference(a, b, 0.5), Panels.overlay(a, m, null)),
                "row " + i, i % 2 == 1)).toList();
        return new ImageGrid("grid", List.of("original", "edited", "difference", "masks"), list, 4);
    }

    @Test
    void aGridEmbedsEachCellAsAPngAndDrawsItselfToTheExpectedSize() throws IOException {
        ImageGrid g = grid(3);
        Matcher img = DATA_IMG.matcher(g.html(HtmlContext.page()));
        int cells = 0;
        while (img.find()) {
            assertEquals(16, decode(img.group(1)).getWidth());
            cells++;
        }
        assertEquals(12, cells);
        MimeBundle bundle = g.toMimeBundle();
        BufferedImage png = decode(bundle.data().get(MimeBundle.PNG));
        assertEquals(Math.max(4 * (64 + 4) + 4, 320), png.getWidth());
        assertEquals(2 * 16 + 3 * (64 + 16 + 4) + 4, png.getHeight());
        assertTrue(bundle.data().get(MimeBundle.TEXT).contains("row 2"));
        assertThrows(IllegalArgumentException.class, () -> new ImageGrid("bad", List.of("one"), grid(1).rows(), 1));
    }

    @Test
    void theDifferencePanelIsRedWhereTheEditBrightenedAndBlueWhereItDarkened() {
        Image original = Image.filled(2, 1, 0.5f);
        Image edited = new Image(2, 1, new float[] {0.75f, 0.25f});
        BufferedImage d = Panels.difference(original, edited, 0.25);
        assertEquals(0xFF0000, d.getRGB(0, 0) & 0xFFFFFF);
        assertEquals(0x0000FF, d.getRGB(1, 0) & 0xFFFFFF);
        assertEquals(0.25, Panels.maxChange(original, edited), 1e-7);
    }

    @Test
    void theScoreHistogramBinsScoresAndMarksTheThreshold() throws IOException {
        ScoreHistogram.Bins bins = histogram.bins();
        assertEquals(20, bins.lowerEdges().length);
        assertEquals(-0.05, bins.lowerEdges()[0], 1e-12);
        int[] kept = new int[20];
        kept[5] = 1; // [0.20, 0.25): a score on an edge falls in the bin above it
        kept[6] = 1; // [0.25, 0.30)
        kept[19] = 1; // [0.90, 0.95)
        int[] dropped = new int[20];
        dropped[0] = 1;
        dropped[3] = 1;
        assertArrayEquals(kept, bins.kept());
        assertArrayEquals(dropped, bins.dropped());
        assertTrue(histogram.html(HtmlContext.page()).contains("threshold 0.20"));
        assertTrue(histogram.plainText().startsWith("S: 5 edits, 3 kept (S >= 0.20), 2 dropped"));
        BufferedImage png = decode(Base64.getEncoder().encodeToString(Png.encode(histogram.picture())));
        assertEquals(640, png.getWidth());
        assertEquals(320, png.getHeight());
    }

    @Test
    void tablesFormatNumbersAndTintThePapersColumns() {
        Table t = Table.create("t", StringColumn.create("group", List.of("all", "worst group")),
                IntColumn.create("n", new int[] {3, 2}), DoubleColumn.create("ours", new double[] {0.123456, Double.NaN}),
                DoubleColumn.create("paper", new double[] {93.3, Double.NaN}));
        TableFormat f = TableFormat.DEFAULT.withDecimals("ours", 3).withPaperColumns(Set.of("paper"));
        String html = f.html(t, HtmlContext.page());
        assertTrue(html.contains("<tr><td class=\"text\">all</td><td>3</td><td>0.123</td><td class=\"paper\">93.3</td></tr>"), html);
        assertTrue(html.contains("<tr class=\"worst\"><td class=\"text\">worst group</td><td>2</td><td>—</td>"), html);
        assertTrue(html.contains("<th class=\"paper\">paper</th>"));
        assertEquals("t\ngroup        n   ours  paper\nall          3  0.123   93.3\nworst group  2      —      —",
                f.text(t));
    }

    @Test
    void notebookFiguresCarryPlotlyOnlyWhenTheyMust() {
        try {
            HtmlContext.inlineEveryFigure(true);
            assertTrue(histogram.html(HtmlContext.notebook()).contains(PLOTLY_BANNER));
            assertTrue(histogram.html(HtmlContext.notebook()).contains(PLOTLY_BANNER));
            HtmlContext.inlineEveryFigure(false);
            histogram.html(HtmlContext.notebook());
            String later = histogram.html(HtmlContext.notebook());
            assertFalse(later.contains(PLOTLY_BANNER), "the session has it already");
            assertTrue(later.contains("window.Plotly"), "later figures wait for it");
        } finally {
            HtmlContext.inlineEveryFigure(false);
        }
        assertFalse(histogram.html(HtmlContext.page()).contains(PLOTLY_BANNER), "a page loads it in its head");
    }

    @Test
    void notebookFiguresServedByTheKernelspecCarryALoaderAndAPicture() throws IOException {
        try {
            HtmlContext.servePlotlyFromKernelspec("radedit-test");
            String html = histogram.html(HtmlContext.notebook());
            assertFalse(html.contains(PLOTLY_BANNER), "no inline copy of the library");
            assertTrue(html.contains("'kernelspecs/radedit-test/plotly.min.js'"), "fetched from the kernelspec");
            assertTrue(html.length() < 200_000, "a figure stays small: " + html.length() + " chars");
            Matcher img = DATA_IMG.matcher(html);
            assertTrue(img.find(), "a PNG for viewers without the notebook server");
            assertEquals(640, decode(img.group(1)).getWidth());
            assertFalse(histogram.html(HtmlContext.page()).contains("kernelspecs/"), "pages load plotly in their head");
            assertThrows(IllegalArgumentException.class, () -> HtmlContext.servePlotlyFromKernelspec("a/b"));
        } finally {
            HtmlContext.servePlotlyFromKernelspec(null);
        }
        assertFalse(histogram.html(HtmlContext.notebook()).contains("kernelspecs/"), "back to inlining");
    }

    @Test
    void figureDivsAreValidJavaScriptNames() {
        String html = histogram.html(HtmlContext.page());
        Matcher div = Pattern.compile("<div id=\"([^\"]+)\"").matcher(html);
        assertTrue(div.find());
        assertTrue(div.group(1).matches("[A-Za-z_][A-Za-z0-9_]*"), div.group(1));
        assertTrue(html.contains("var target_" + div.group(1) + " = document.getElementById('" + div.group(1) + "')"));
    }

    @Test
    void theHtmlReportIsOneSelfContainedFileWithPlotlyInlinedOnce(@TempDir Path dir) throws IOException {
        Path file = HtmlReport.titled("Report").section("Scores", histogram).section("Grid", grid(2))
                .section("Scores again", histogram).note("a <note>").writeTo(dir.resolve("report.html"));
        String page = Files.readString(file);
        assertEquals(1, count(page, PLOTLY_BANNER), "plotly inlined exactly once");
        String ours = page.replace(Plotly.source(), "");
        assertEquals(2, count(ours, "Plotly.newPlot"));
        assertFalse(SCRIPT_SRC.matcher(page).find(), "no script is loaded from anywhere");
        assertFalse(ours.toLowerCase().contains("cdn"), "no CDN");
        assertFalse(ours.contains("https://"), "nothing from the network");
        assertEquals(8, count(page, "<img src=\"data:image/png;base64,"));
        assertTrue(page.contains("<p>a &lt;note&gt;</p>"));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "written atomically: no temporary file left");
        }
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void aReportWithoutFiguresCarriesNoPlotly() {
        assertFalse(HtmlReport.titled("Grid only").section("Grid", grid(1)).html().contains(PLOTLY_BANNER));
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) {
            n++;
        }
        return n;
    }
}
