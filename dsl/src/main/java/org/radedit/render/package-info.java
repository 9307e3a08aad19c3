/**
 * How values draw themselves: {@link org.radedit.render.Renderable} (text, HTML, PNG), image
 * grids, score histograms and charts (plotly.js for HTML, XChart for PNG), Tablesaw tables as HTML,
 * and {@link org.radedit.render.HtmlReport}, one self-contained page. plotly.js is the bundled copy,
 * never a CDN. Knows nothing of Jupyter: the kernel shows a value's MIME bundle.
 */
package org.radedit.render;
