package org.radedit.render;

import java.awt.image.BufferedImage;

/** Small HTML helpers: escaping, embedded images, the shared style sheet. */
public final class Html {

    /** The style of every table, grid and caption the DSL writes; scoped by the {@code radedit-} classes. */
    public static final String STYLE = """
            <style>
            .radedit-table{border-collapse:collapse;font:13px/1.4 sans-serif;margin:6px 0}
            .radedit-table caption{font-weight:bold;text-align:left;padding:4px 0}
            .radedit-table th,.radedit-table td{border:1px solid #ccc;padding:3px 8px;text-align:right}
            .radedit-table th{background:#f0f0f0}
            .radedit-table td.text{text-align:left}
            .radedit-table td.paper,.radedit-table th.paper{background:#fff6dd;color:#5a4500}
            .radedit-table tr.worst td{font-style:italic}
            .radedit-grid{border-collapse:collapse;font:12px sans-serif}
            .radedit-grid td{padding:3px;text-align:center;vertical-align:top}
            .radedit-grid img{image-rendering:pixelated;display:block;margin:auto}
            .radedit-grid .dropped{opacity:.6}
            .radedit-note{font:12px sans-serif;color:#555}
            </style>
            """;

    private Html() {
    }

    public static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** An {@code <img>} carrying the picture as a data URI, shown {@code scale} times its size. */
    public static String img(BufferedImage picture, String alt, int scale) {
        return "<img src=\"" + Png.dataUri(picture) + "\" alt=\"" + escape(alt) + "\" width=\""
                + picture.getWidth() * scale + "\" height=\"" + picture.getHeight() * scale + "\">";
    }

    public static String note(String text) {
        return "<p class=\"radedit-note\">" + escape(text) + "</p>";
    }
}
