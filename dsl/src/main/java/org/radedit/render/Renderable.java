package org.radedit.render;

import java.awt.image.BufferedImage;
import org.radedit.display.Displayable;
import org.radedit.display.MimeBundle;

/**
 * A value that draws itself three ways: plain text (a terminal, a log), HTML (a notebook, a
 * report page) and a PNG (static viewers: GitHub, nbconvert without JavaScript). Only the HTML
 * depends on where it goes, through the {@link HtmlContext} (how plotly.js gets loaded).
 */
public interface Renderable extends Displayable {

    String plainText();

    String html(HtmlContext context);

    /** The picture of this value; {@link #toMimeBundle()} ships it as {@code image/png}. */
    BufferedImage picture();

    @Override
    default MimeBundle toMimeBundle() {
        return MimeBundle.text(plainText())
                .withHtml(html(HtmlContext.notebook()))
                .withPng(Png.encode(picture()));
    }
}
