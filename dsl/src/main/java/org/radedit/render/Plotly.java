package org.radedit.render;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import tech.tablesaw.plotly.components.Figure;

/**
 * The bundled plotly.js ({@value #VERSION}, MIT; see {@code README-plotly.txt} beside it) and
 * Tablesaw figures as HTML that uses it. Version 2.x on purpose: Tablesaw writes titles as plain
 * strings, which plotly.js 4.x no longer draws.
 */
public final class Plotly {

    public static final String VERSION = "2.35.3";
    private static final String RESOURCE = "plotly.min.js";
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
     * A small script that fetches plotly.js once per page from the notebook server, which serves the
     * files of kernelspec {@code kernelspec} at {@code <base url>kernelspecs/NAME/...} (the classic
     * notebook names its base url in {@code body[data-base-url]}, JupyterLab in its page config). The
     * text runs with the AMD/CommonJS names hidden, as in {@link #scriptTag()}.
     */
    static String loaderTag(String kernelspec) {
        return "<script type=\"text/javascript\">(function(){if(window.Plotly||window.radeditPlotlyRequested){return;}"
                + "window.radeditPlotlyRequested=true;var base=document.body&&document.body.getAttribute('data-base-url');"
                + "if(!base){try{base=JSON.parse(document.getElementById('jupyter-config-data').textContent).baseUrl;}"
                + "catch(e){base='/';}}if(base.charAt(base.length-1)!=='/'){base+='/';}"
                + "var xhr=new XMLHttpRequest();xhr.open('GET',base+'kernelspecs/" + kernelspec + "/plotly.min.js');"
                + "xhr.onload=function(){if(xhr.status===200){(new Function('define','module','exports',xhr.responseText))"
                + ".call(window);}};xhr.send();})();</script>\n";
    }

    /**
     * A figure as a {@code div} and a script that draws it as soon as {@code window.Plotly} exists
     * (at once when the library came before it).
     */
    public static String figureHtml(Figure figure, HtmlContext context) {
        return figureHtml(figure, context, null);
    }

    /**
     * As {@link #figureHtml(Figure, HtmlContext)}; when plotly.js is fetched from the notebook server,
     * the div first shows {@code fallback} (if given), which the drawn figure replaces: static viewers
     * still see the chart.
     */
    public static String figureHtml(Figure figure, HtmlContext context, BufferedImage fallback) {
        String div = context.nextFigureId();
        String script = figure.asJavascript(div);
        int open = script.indexOf("<script>");
        int close = script.lastIndexOf("</script>");
        if (open < 0 || close < open) {
            throw new IllegalStateException("unexpected figure script from Tablesaw: " + script);
        }
        String draw = script.substring(open + "<script>".length(), close);
        String plotly = context.plotlyForNextFigure();
        String picture = fallback != null && context.servedPlotlyKernelspec() != null
                ? "<img src=\"data:image/png;base64," + Base64.getEncoder().encodeToString(Png.encode(fallback))
                        + "\" class=\"radedit-plot-fallback\" alt=\"chart\">"
                : "";
        return plotly
                + "<div id=\"" + div + "\" class=\"radedit-plot\">" + picture + "</div>\n"
                + "<script type=\"text/javascript\">(function(){function draw(){"
                + "var old=document.querySelector('#" + div + " > img.radedit-plot-fallback');if(old){old.remove();}"
                + draw + "}\n"
                + "if(window.Plotly){draw();}else{var tries=0,timer=setInterval(function(){"
                + "if(window.Plotly){clearInterval(timer);draw();}else if(++tries>600){clearInterval(timer);}},50);}"
                + "})();</script>\n";
    }
}
