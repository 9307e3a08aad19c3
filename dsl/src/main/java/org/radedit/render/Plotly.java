package org.radedit.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import tech.tablesaw.plotly.components.Figure;

/**
 * The bundled plotly.js ({@value #VERSION}, MIT; see {@code README-plotly.txt} beside it) and
 * Tablesaw figures as HTML that uses it. Version 2.x on purpose: Tablesaw writes titles as plain
 * strings, which plotly.js 4.x no longer draws.
 */
public final class Plotly {

    public static final String VERSION = "2.35.3";
    private static final String RESOURCE = "plotly.min.js";
    private static final AtomicLong FIGURES = new AtomicLong();
    private static volatile String source;

    private Plotly() {
    }

    /** The plotly.min.js text. */
    public static String source() {
        String s = source;
        if (s == null) {
            try (InputStream in = Plotly.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the bundled plotly.js (org/radedit/render/" + RESOURCE
                            + ") is missing from the class path");
                }
                s = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the bundled plotly.js", e);
            }
            source = s;
        }
        return s;
    }

    /**
     * The library in a script tag. AMD/CommonJS names are hidden while it runs, so it sets
     * {@code window.Plotly} even on pages that load RequireJS (the classic notebook does).
     */
    public static String scriptTag() {
        return "<script type=\"text/javascript\">(function(){var define=undefined,module=undefined,exports=undefined;\n"
                + source().replace("</script", "<\\/script") + "\n}).call(window);</script>\n";
    }

    /**
     * A figure as a {@code div} and a script that draws it as soon as {@code window.Plotly} exists
     * (at once when the library came before it).
     */
    public static String figureHtml(Figure figure, HtmlContext context) {
        // Tablesaw names a JavaScript variable after the div: the id must be a valid identifier.
        String div = "radedit_plot_" + FIGURES.incrementAndGet() + "_" + Long.toHexString(System.nanoTime());
        String script = figure.asJavascript(div);
        int open = script.indexOf("<script>");
        int close = script.lastIndexOf("</script>");
        if (open < 0 || close < open) {
            throw new IllegalStateException("unexpected figure script from Tablesaw: " + script);
        }
        String draw = script.substring(open + "<script>".length(), close);
        return context.plotlyForNextFigure()
                + "<div id=\"" + div + "\" class=\"radedit-plot\"></div>\n"
                + "<script type=\"text/javascript\">(function(){function draw(){" + draw + "}\n"
                + "if(window.Plotly){draw();}else{var tries=0,timer=setInterval(function(){"
                + "if(window.Plotly){clearInterval(timer);draw();}else if(++tries>600){clearInterval(timer);}},50);}"
                + "})();</script>\n";
    }
}
