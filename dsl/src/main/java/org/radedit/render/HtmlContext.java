package org.radedit.render;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Where HTML goes, which decides how a figure gets plotly.js (always the bundled copy, never a CDN):
 * <ul>
 *   <li>{@link #notebook()} in the RadEdit kernel: {@code radedit kernel install} puts plotly.js into
 *       the kernelspec folder, which the notebook server serves; each figure carries a small loader
 *       that fetches it from there once per page, and a PNG of itself for viewers without the server
 *       (nbconvert HTML, an untrusted notebook). See {@link #servePlotlyFromKernelspec(String)};</li>
 *   <li>{@link #notebook()} elsewhere: the first figure of this JVM carries the library inline (3.6 MB);
 *       later figures wait for {@code window.Plotly}. {@link #inlineEveryFigure(boolean)} makes each
 *       figure carry it (outputs that are copied or cleared one by one);</li>
 *   <li>{@link #page()}: the page loads the library once in its head (see {@link HtmlReport});
 *       figures never carry it.</li>
 * </ul>
 */
public final class HtmlContext {

    private static final AtomicBoolean NOTEBOOK_HAS_PLOTLY = new AtomicBoolean();
    private static volatile boolean everyFigure;
    private static volatile String plotlyKernelspec;
    private static final HtmlContext NOTEBOOK = new HtmlContext(true);

    private static final AtomicLong NOTEBOOK_FIGURES = new AtomicLong();

    private final boolean notebook;
    private final AtomicLong pageFigures = new AtomicLong();
    private volatile boolean drewFigure;

    private HtmlContext(boolean notebook) {
        this.notebook = notebook;
    }

    public static HtmlContext notebook() {
        return NOTEBOOK;
    }

    /** A context for one page; it remembers whether a figure was drawn, so the page knows it needs plotly.js. */
    public static HtmlContext page() {
        return new HtmlContext(false);
    }

    /** True once a figure was drawn in this context. */
    public boolean drewFigure() {
        return drewFigure;
    }

    /** In notebooks: inline plotly.js into every figure (true) or only the first (false, the default). */
    public static void inlineEveryFigure(boolean on) {
        everyFigure = on;
    }

    /**
     * In notebooks: load plotly.js from {@code <server base>/kernelspecs/NAME/plotly.min.js} (the
     * kernel calls this with its kernelspec's name at start); null goes back to inlining it.
     */
    public static void servePlotlyFromKernelspec(String name) {
        if (name != null && !name.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("not a kernelspec name: '" + name + "'");
        }
        plotlyKernelspec = name;
    }

    /** The kernelspec that serves plotly.js to notebook figures, or null when they inline it. */
    String servedPlotlyKernelspec() {
        return notebook && !everyFigure ? plotlyKernelspec : null;
    }

    /**
     * The element id of the next figure. Tablesaw names a JavaScript variable after it, so it must be
     * a valid identifier. In a notebook ids must be unique across every output the page will ever
     * hold (a counter and the clock); on a page of its own they are numbered, so the same report
     * is the same bytes.
     */
    String nextFigureId() {
        return notebook
                ? "radedit_plot_" + NOTEBOOK_FIGURES.incrementAndGet() + "_" + Long.toHexString(System.nanoTime())
                : "radedit_plot_" + pageFigures.incrementAndGet();
    }

    /** The shared style sheet when each fragment must bring it (notebooks), else the empty string (pages). */
    public String style() {
        return notebook ? Html.STYLE : "";
    }

    /** The script tag with plotly.js when the next figure must carry it, else the empty string. */
    String plotlyForNextFigure() {
        drewFigure = true;
        String served = servedPlotlyKernelspec();
        if (served != null) {
            return Plotly.loaderTag(served);
        }
        if (notebook && (everyFigure || NOTEBOOK_HAS_PLOTLY.compareAndSet(false, true))) {
            return Plotly.scriptTag();
        }
        return "";
    }
}
