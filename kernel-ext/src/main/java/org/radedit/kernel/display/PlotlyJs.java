package org.radedit.kernel.display;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * plotly.js 2.35.3, bundled as a resource (never a CDN: notebooks work offline and show the same
 * plots years later). The code runs with {@code define}/{@code module}/{@code exports} hidden, so it
 * sets {@code window.Plotly} even on pages that load RequireJS (the classic notebook does).
 *
 * <p>By default a kernel session inlines the 4.5 MB library into its first figure only; later
 * figures wait for {@code window.Plotly}. {@link #inlineEveryFigure(boolean)} makes every figure
 * self-contained (for outputs that are copied or cleared one by one).
 */
public final class PlotlyJs {

    public static final String VERSION = "2.35.3";
    private static final String RESOURCE = "plotly/plotly-" + VERSION + ".min.js";

    private static final AtomicBoolean INLINED = new AtomicBoolean();
    private static volatile boolean everyFigure;
    private static volatile String script;

    private PlotlyJs() {
    }

    public static void inlineEveryFigure(boolean on) {
        everyFigure = on;
    }

    /** The script tag with plotly.js when this figure must carry it, else the empty string. */
    static String scriptForNextFigure() {
        return everyFigure || INLINED.compareAndSet(false, true) ? scriptTag() : "";
    }

    /** The library inside a script tag that hides AMD/CommonJS so {@code window.Plotly} gets set. */
    public static String scriptTag() {
        return "<script type=\"text/javascript\">(function(){var define=undefined,module=undefined,exports=undefined;\n"
                + source() + "\n}).call(window);</script>\n";
    }

    /** The plotly.min.js text. */
    public static String source() {
        String s = script;
        if (s == null) {
            try (InputStream in = PlotlyJs.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("bundled " + RESOURCE + " is missing from the class path");
                }
                s = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            script = s;
        }
        return s;
    }
}
