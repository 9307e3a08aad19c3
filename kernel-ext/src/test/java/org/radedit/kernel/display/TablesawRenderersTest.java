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
    void plotlyIsBundledAndHidesModuleLoaders() {
        String tag = PlotlyJs.scriptTag();
        assertTrue(tag.startsWith("<script type=\"text/javascript\">(function(){var define=undefined,"));
        assertTrue(tag.contains("plotly.js v2.35.3"));
        assertTrue(tag.endsWith("}).call(window);</script>\n"));
    }
}
