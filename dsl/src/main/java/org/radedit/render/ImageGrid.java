package org.radedit.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows of pictures under column titles, each row with a caption: the grid of original | edited |
 * difference | masks. Pictures are drawn {@code scale} times their size, pixels kept sharp; in the
 * PNG, the title and captions wrap to the grid's width.
 */
public record ImageGrid(String title, List<String> columns, List<Row> rows, int scale) implements Renderable {

    /** One row: its pictures (one per column), its caption, and whether to draw it faded (a dropped edit). */
    public record Row(List<BufferedImage> cells, String caption, boolean faded) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    private static final int GAP = 4;
    private static final int LINE = 16;
    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    public ImageGrid {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        if (scale < 1) {
            throw new IllegalArgumentException("grid scale must be at least 1, got " + scale);
        }
        for (Row row : rows) {
            if (row.cells().size() != columns.size()) {
                throw new IllegalArgumentException("grid row \"" + row.caption() + "\" has " + row.cells().size()
                        + " pictures for " + columns.size() + " columns");
            }
        }
    }

    @Override
    public String plainText() {
        StringBuilder out = new StringBuilder(title).append(" (").append(rows.size()).append(" rows: ")
                .append(String.join(" | ", columns)).append(")");
        for (Row row : rows) {
            out.append("\n  ").append(row.caption());
        }
        return out.toString();
    }

    @Override
    public String html(HtmlContext context) {
        StringBuilder out = new StringBuilder(context.style()).append("<table class=\"radedit-grid\">");
        if (!title.isBlank()) {
            out.append("<caption>").append(Html.escape(title)).append("</caption>");
        }
        out.append("<tr>");
        for (String c : columns) {
            out.append("<th>").append(Html.escape(c)).append("</th>");
        }
        out.append("</tr>");
        for (Row row : rows) {
            out.append(row.faded() ? "<tr class=\"dropped\">" : "<tr>");
            for (int i = 0; i < columns.size(); i++) {
                out.append("<td>").append(Html.img(row.cells().get(i), columns.get(i) + ": " + row.caption(), scale))
                        .append("</td>");
            }
            out.append("</tr><tr").append(row.faded() ? " class=\"dropped\"" : "").append("><td colspan=\"")
                    .append(columns.size()).append("\">").append(Html.escape(row.caption())).append("</td></tr>");
        }
        return out.append("</table>").toString();
    }

    @Override
    public BufferedImage picture() {
        int cellW = 1;
        int cellH = 1;
        for (Row row : rows) {
            for (BufferedImage cell : row.cells()) {
                cellW = Math.max(cellW, cell.getWidth() * scale);
                cellH = Math.max(cellH, cell.getHeight() * scale);
            }
        }
        int width = Math.max(columns.size() * (cellW + GAP) + GAP, 320);
        FontMetrics metrics = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics().getFontMetrics(FONT);
        List<String> titleLines = wrap(metrics, title, width - 2 * GAP);
        List<List<String>> captions = rows.stream().map(r -> wrap(metrics, r.caption(), width - 2 * GAP)).toList();
        int height = (titleLines.size() + 1) * LINE + GAP;
        for (List<String> caption : captions) {
            height += cellH + caption.size() * LINE + GAP;
        }
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
            g.setFont(FONT);
            g.setColor(Color.BLACK);
            int y = 0;
            for (String line : titleLines) {
                y += LINE;
                g.drawString(line, GAP, y - 3);
            }
            y += LINE;
            for (int c = 0; c < columns.size(); c++) {
                g.drawString(fit(metrics, columns.get(c), cellW), GAP + c * (cellW + GAP), y - 3);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = rows.get(r);
                for (int c = 0; c < columns.size(); c++) {
                    BufferedImage cell = row.cells().get(c);
                    g.drawImage(cell, GAP + c * (cellW + GAP), y, cell.getWidth() * scale, cell.getHeight() * scale, null);
                }
                y += cellH;
                g.setColor(row.faded() ? Color.GRAY : Color.BLACK);
                for (String line : captions.get(r)) {
                    y += LINE;
                    g.drawString(line, GAP, y - 4);
                }
                g.setColor(Color.BLACK);
                y += GAP;
            }
        } finally {
            g.dispose();
        }
        return out;
    }

    /** Breaks text into lines that fit, preferring breaks after " · " separators, then spaces. */
    private static List<String> wrap(FontMetrics metrics, String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("(?<= · )|(?<= )")) {
            if (line.length() > 0 && metrics.stringWidth(line + word) > width) {
                lines.add(fit(metrics, line.toString().stripTrailing(), width));
                line.setLength(0);
            }
            line.append(word);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(fit(metrics, line.toString().stripTrailing(), width));
        }
        return lines;
    }

    private static String fit(FontMetrics metrics, String text, int width) {
        if (metrics.stringWidth(text) <= width) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && metrics.stringWidth(cut + "…") > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }
}
