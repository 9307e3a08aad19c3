package org.radedit.render;

import org.radedit.io.AtomicFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One self-contained HTML page assembled from sections (grids, plots, tables, notes): images are
 * data URIs, plotly.js is inlined once in the head (only when a section draws a figure), and nothing
 * is loaded from the network. Immutable: each step returns a new report.
 *
 * <pre>{@code
 * HtmlReport.titled("Presentation shift").section("Edits", results).section("Shift", report).writeTo(path);
 * }</pre>
 */
public final class HtmlReport {

    private sealed interface Section permits Content, Note {
    }

    private record Content(String heading, Renderable value) implements Section {
    }

    private record Note(String text) implements Section {
    }

    private final String title;
    private final List<Section> sections;

    private HtmlReport(String title, List<Section> sections) {
        this.title = title;
        this.sections = List.copyOf(sections);
    }

    public static HtmlReport titled(String title) {
        return new HtmlReport(title, List.of());
    }

    /** Adds a section with a heading and a value drawn as HTML. */
    public HtmlReport section(String heading, Renderable value) {
        return with(new Content(heading, value));
    }

    /** Adds a paragraph of text. */
    public HtmlReport note(String text) {
        return with(new Note(text));
    }

    private HtmlReport with(Section section) {
        List<Section> next = new ArrayList<>(sections);
        next.add(section);
        return new HtmlReport(title, next);
    }

    /** The whole page. */
    public String html() {
        HtmlContext context = HtmlContext.page();
        StringBuilder body = new StringBuilder();
        for (Section section : sections) {
            if (section instanceof Content c) {
                body.append("<section><h2>").append(Html.escape(c.heading())).append("</h2>\n")
                        .append(c.value().html(context)).append("\n</section>\n");
            } else if (section instanceof Note n) {
                body.append("<p>").append(Html.escape(n.text())).append("</p>\n");
            }
        }
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + Html.escape(title)
                + "</title>\n<style>body{font:14px/1.5 sans-serif;margin:24px;max-width:1200px}"
                + "h2{border-bottom:1px solid #ddd;padding-bottom:2px}</style>\n"
                + Html.STYLE
                + (context.drewFigure() ? Plotly.scriptTag() : "")
                + "</head>\n<body>\n<h1>" + Html.escape(title) + "</h1>\n"
                + "<p class=\"radedit-note\">Written by RadEdit for Java; self-contained"
                + (context.drewFigure() ? " (plotly.js " + Plotly.VERSION + " inlined)" : "") + ".</p>\n"
                + body + "</body>\n</html>\n";
    }

    /**
     * Writes the page to a temporary file beside {@code file} and moves it over {@code file}: a
     * reader never sees half a page. Returns {@code file}.
     */
    public Path writeTo(Path file) {
        try {
            return AtomicFiles.writeString(file, html());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write HTML report " + file + ": " + e.getMessage(), e);
        }
    }

}
