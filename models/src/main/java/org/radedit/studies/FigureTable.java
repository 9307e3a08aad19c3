package org.radedit.studies;

import java.awt.image.BufferedImage;
import java.util.Map;
import org.radedit.render.HtmlContext;
import org.radedit.render.Panels;
import org.radedit.render.Renderable;
import org.radedit.render.TableFormat;
import org.radedit.studies.DemoSummary.Figure;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Figures per subject (e.g. per edit method) as mean ± sd over seeds, one row per figure. */
record FigureTable(String title, String subject, Map<String, Map<String, Figure>> figures) implements Renderable {

    Table table() {
        Table t = Table.create(title, StringColumn.create(subject), StringColumn.create("figure"),
                DoubleColumn.create("mean"), DoubleColumn.create("± sd"));
        figures.forEach((name, values) -> values.forEach((figure, f) -> {
            t.stringColumn(subject).append(name);
            t.stringColumn("figure").append(figure);
            t.doubleColumn("mean").append(f.mean());
            t.doubleColumn("± sd").append(f.sd());
        }));
        return t;
    }

    private static TableFormat format() {
        return TableFormat.DEFAULT.withDecimals("mean", 4).withDecimals("± sd", 4);
    }

    @Override
    public String plainText() {
        return format().text(table());
    }

    @Override
    public String html(HtmlContext context) {
        return format().html(table(), context);
    }

    @Override
    public BufferedImage picture() {
        return Panels.text(plainText());
    }
}
