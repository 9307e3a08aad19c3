package org.radedit.suite;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.radedit.engine.EditMethod;
import org.radedit.render.ImageGrid;
import org.radedit.render.Panels;

/** Edits as grid rows: original | edited | difference | requested masks (| applied mask for the baselines). */
public final class ResultGrid {

    /** Grid cells are drawn this many times their pixel size when images are small. */
    private static final int SMALL_IMAGE = 96;

    private ResultGrid() {
    }

    public static ImageGrid of(String title, List<EditResult> results) {
        boolean baselines = results.stream().anyMatch(r -> r.setting().method() != EditMethod.RADEDIT);
        List<String> columns = new ArrayList<>(List.of("original", "edited", "difference", "masks"));
        if (baselines) {
            columns.add("applied mask");
        }
        double scale = 0;
        for (EditResult r : results) {
            scale = Math.max(scale, Panels.maxChange(r.original(), r.edited()));
        }
        List<ImageGrid.Row> rows = new ArrayList<>();
        int width = 1;
        for (EditResult r : results) {
            width = Math.max(width, r.original().width());
            List<BufferedImage> cells = new ArrayList<>(List.of(
                    Panels.gray(r.original()),
                    Panels.gray(r.edited()),
                    Panels.difference(r.original(), r.edited(), scale),
                    Panels.overlay(r.original(), r.editMask(), r.keepMask())));
            if (baselines) {
                cells.add(Panels.overlay(r.original(), r.appliedMask(), null));
            }
            rows.add(new ImageGrid.Row(cells, r.caption(), !r.kept()));
        }
        String suffix = " · masks: edit orange, keep cyan" + (baselines ? ", applied orange" : "")
                + (scale > 0 ? String.format(Locale.ROOT, " · difference: red brighter, blue darker, full at |Δ| = %.3f", scale) : "");
        return new ImageGrid(title + suffix, columns, rows, width < SMALL_IMAGE ? Math.max(1, SMALL_IMAGE / width) : 1);
    }
}
