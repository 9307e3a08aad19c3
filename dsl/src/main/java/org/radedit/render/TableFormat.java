package org.radedit.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Draws a Tablesaw table as styled HTML or aligned text. Numbers get {@code decimals} places (or a
 * column's own), NaN shows as "—"; cells that start with a letter are left-aligned, the others
 * (figures) right-aligned; columns named in {@code paperColumns} are tinted (the paper's figures
 * beside ours); rows whose first cell starts with "worst" are set in italics.
 */
public record TableFormat(int decimals, Map<String, Integer> columnDecimals, Set<String> paperColumns) {

    public static final TableFormat DEFAULT = new TableFormat(1, Map.of(), Set.of());

    public TableFormat {
        columnDecimals = Map.copyOf(columnDecimals);
        paperColumns = Set.copyOf(paperColumns);
    }

    public TableFormat withDecimals(String column, int places) {
        var copy = new java.util.HashMap<>(columnDecimals);
        copy.put(column, places);
        return new TableFormat(decimals, copy, paperColumns);
    }

    public TableFormat withPaperColumns(Set<String> columns) {
        return new TableFormat(decimals, columnDecimals, columns);
    }

    /** One cell as shown. */
    public String cell(Table table, int row, int column) {
        Column<?> c = table.column(column);
        if (c instanceof NumericColumn<?> numeric) {
            if (numeric.isMissing(row)) {
                return "—";
            }
            double v = numeric.getDouble(row);
            if (Double.isNaN(v)) {
                return "—";
            }
            if (Double.isInfinite(v)) {
                return v > 0 ? "∞" : "-∞";
            }
            int places = columnDecimals.getOrDefault(c.name(), decimals);
            if (v == Math.rint(v) && Math.abs(v) < 1e15 && isInteger(numeric)) {
                return Long.toString((long) v);
            }
            return String.format(Locale.ROOT, "%." + places + "f", v);
        }
        return table.getString(row, column);
    }

    public String html(Table table, HtmlContext context) {
        StringBuilder out = new StringBuilder(context.style()).append("<table class=\"radedit-table\">");
        if (table.name() != null && !table.name().isBlank()) {
            out.append("<caption>").append(Html.escape(table.name())).append("</caption>");
        }
        out.append("<thead><tr>");
        for (String name : table.columnNames()) {
            out.append(paperColumns.contains(name) ? "<th class=\"paper\">" : "<th>").append(Html.escape(name)).append("</th>");
        }
        out.append("</tr></thead><tbody>");
        for (int r = 0; r < table.rowCount(); r++) {
            boolean worst = table.columnCount() > 0 && cell(table, r, 0).startsWith("worst");
            out.append(worst ? "<tr class=\"worst\">" : "<tr>");
            for (int c = 0; c < table.columnCount(); c++) {
                String name = table.column(c).name();
                String text = cell(table, r, c);
                boolean words = !text.isEmpty() && Character.isLetter(text.charAt(0));
                String css = paperColumns.contains(name) ? "paper" : words ? "text" : "";
                out.append(css.isEmpty() ? "<td>" : "<td class=\"" + css + "\">").append(Html.escape(text)).append("</td>");
            }
            out.append("</tr>");
        }
        return out.append("</tbody></table>").toString();
    }

    public String text(Table table) {
        List<String[]> lines = new ArrayList<>();
        lines.add(table.columnNames().toArray(String[]::new));
        for (int r = 0; r < table.rowCount(); r++) {
            String[] line = new String[table.columnCount()];
            for (int c = 0; c < line.length; c++) {
                line[c] = cell(table, r, c);
            }
            lines.add(line);
        }
        int[] widths = new int[table.columnCount()];
        for (String[] line : lines) {
            for (int c = 0; c < line.length; c++) {
                widths[c] = Math.max(widths[c], line[c].length());
            }
        }
        StringBuilder out = new StringBuilder();
        if (table.name() != null && !table.name().isBlank()) {
            out.append(table.name()).append('\n');
        }
        for (int i = 0; i < lines.size(); i++) {
            String[] line = lines.get(i);
            for (int c = 0; c < line.length; c++) {
                boolean numeric = table.column(c) instanceof NumericColumn<?>;
                String padded = numeric ? " ".repeat(widths[c] - line[c].length()) + line[c]
                        : line[c] + " ".repeat(widths[c] - line[c].length());
                out.append(c == 0 ? "" : "  ").append(padded);
            }
            out.append('\n');
        }
        return out.toString().stripTrailing();
    }

    private static boolean isInteger(NumericColumn<?> column) {
        String type = column.type().name();
        return type.equals("INTEGER") || type.equals("LONG") || type.equals("SHORT");
    }
}
