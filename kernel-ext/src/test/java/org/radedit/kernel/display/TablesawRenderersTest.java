package org.radedit.kernel.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

class TablesawRenderersTest {

    @Test
    void longTablesShowTheFirstRowsAndACount() {
        Table table = Table.create(IntColumn.create("n", IntStream.range(0, 60).toArray()));
        String html = TablesawRenderers.table(table).data().get("text/html");
        assertEquals(TablesawRenderers.MAX_ROWS, html.split("<tr><td>").length - 1);
        assertTrue(html.endsWith("</tbody></table><p>… 10 more rows</p>"));
    }

    @Test
    void figuresUseTheBundledPlotlyAndNoCdn() {
        var figure = tech.tablesaw.plotly.api.LinePlot.create("t",
                Table.create(IntColumn.create("x", 1, 2, 3), IntColumn.create("y", 3, 1, 2)), "x", "y");
        String html = TablesawRenderers.figure(figure).data().get("text/html");
        assertTrue(html.contains("<div id=\"radedit_plot_"), html.substring(0, Math.min(200, html.length())));
        assertTrue(!html.contains("<script src"), "no external script: plotly.js comes inline, never from a CDN");
    }
}
