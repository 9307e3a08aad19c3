package org.radedit.kernel.display;

import org.radedit.display.MimeBundle;
import tech.tablesaw.api.Table;
import org.radedit.render.Html;
import org.radedit.render.HtmlContext;
import org.radedit.render.Plotly;
import tech.tablesaw.plotly.components.Figure;

/**
 * Tablesaw tables as HTML tables, jsplot figures as HTML with the bundled plotly.js. Only loaded when
 * Tablesaw is on the class path (a stock kernel may not have it).
 */
final class TablesawRenderers {

    /** Rows shown before "… n more rows". */
    static final int MAX_ROWS = 50;

    private TablesawRenderers() {
    }

    static boolean available() {
        try {
            Class.forName("tech.tablesaw.api.Table", false, TablesawRenderers.class.getClassLoader());
            Class.forName("tech.tablesaw.plotly.components.Figure", false, TablesawRenderers.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    static void registerInto(RendererRegistry registry) {
        registry.register(Table.class, TablesawRenderers::table);
        registry.register(Figure.class, TablesawRenderers::figure);
    }

    static MimeBundle table(Table table) {
        StringBuilder html = new StringBuilder("<table class=\"radedit-table\">");
        if (table.name() != null && !table.name().isBlank()) {
            html.append("<caption>").append(Html.escape(table.name())).append("</caption>");
        }
        html.append("<thead><tr>");
        for (String name : table.columnNames()) {
            html.append("<th>").append(Html.escape(name)).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        int shown = Math.min(table.rowCount(), MAX_ROWS);
        for (int row = 0; row < shown; row++) {
            html.append("<tr>");
            for (int col = 0; col < table.columnCount(); col++) {
                html.append("<td>").append(Html.escape(table.getString(row, col))).append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</tbody></table>");
        if (table.rowCount() > shown) {
            html.append("<p>… ").append(table.rowCount() - shown).append(" more rows</p>");
        }
        return MimeBundle.text(table.print()).withHtml(html.toString());
    }

    /** A figure with the DSL's bundled plotly.js (one copy of the library for the kernel and the DSL). */
    static MimeBundle figure(Figure figure) {
        return MimeBundle.text("Figure (plotly.js " + Plotly.VERSION + ")")
                .withHtml(Plotly.figureHtml(figure, HtmlContext.notebook()));
    }
}
