package org.radedit.kernel.display;

import java.awt.image.RenderedImage;
import java.util.Base64;
import java.util.List;
import org.radedit.display.Displayable;
import org.radedit.display.MimeBundle;

/** Images side by side in one output: an HTML grid of inline PNGs, {@code columns} to a row. */
public record ImageGrid(List<? extends RenderedImage> images, int columns) implements Displayable {

    public ImageGrid {
        images = List.copyOf(images);
        if (columns <= 0) {
            throw new IllegalArgumentException("columns must be positive, got " + columns);
        }
    }

    public static ImageGrid of(List<? extends RenderedImage> images) {
        return new ImageGrid(images, (int) Math.ceil(Math.sqrt(Math.max(1, images.size()))));
    }

    @Override
    public MimeBundle toMimeBundle() {
        StringBuilder html = new StringBuilder(images.size() * 8192);
        html.append("<div style=\"display:grid;grid-template-columns:repeat(").append(columns)
                .append(",max-content);gap:4px\">");
        Base64.Encoder base64 = Base64.getEncoder();
        for (RenderedImage image : images) {
            html.append("<img style=\"image-rendering:pixelated\" width=\"").append(image.getWidth())
                    .append("\" height=\"").append(image.getHeight()).append("\" src=\"data:image/png;base64,")
                    .append(base64.encodeToString(PngImages.encode(image))).append("\"/>");
        }
        html.append("</div>");
        return MimeBundle.text(toString()).withHtml(html.toString());
    }

    @Override
    public String toString() {
        return "ImageGrid: " + images.size() + " images, " + columns + " per row";
    }
}
