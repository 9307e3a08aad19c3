package org.radedit.kernel;

import java.awt.image.RenderedImage;
import java.util.List;
import org.dflib.jjava.jupyter.kernel.BaseNotebookStatics;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.radedit.kernel.display.ImageGrid;
import org.radedit.kernel.display.ProgressDisplay;

/**
 * The notebook functions, imported into every cell ({@code import static org.radedit.kernel.Notebook.*}).
 * The first four are IJava's, with IJava's meaning.
 */
public final class Notebook {

    private Notebook() {
    }

    /** Shows {@code value} as a new output now (not only as the cell's result); returns its display id. */
    public static String display(Object value) {
        return BaseNotebookStatics.display(value);
    }

    /** Shows {@code value} in the given MIME types only (text/plain always comes along). */
    public static String display(Object value, String... mimeTypes) {
        return BaseNotebookStatics.display(value, mimeTypes);
    }

    /** The display data {@code value} would show as, without showing it. */
    public static DisplayData render(Object value) {
        return BaseNotebookStatics.render(value);
    }

    public static DisplayData render(Object value, String... mimeTypes) {
        return BaseNotebookStatics.render(value, mimeTypes);
    }

    /** Replaces the output with display id {@code id} (from {@link #display(Object)}) by {@code value}. */
    public static void updateDisplay(String id, Object value) {
        BaseNotebookStatics.updateDisplay(id, value);
    }

    public static void updateDisplay(String id, Object value, String... mimeTypes) {
        BaseNotebookStatics.updateDisplay(id, value, mimeTypes);
    }

    /** Clears this cell's output now (RadEdit kernel only). */
    public static void clearOutput() {
        RadEditKernel.running().clearOutput(false);
    }

    /** Clears this cell's output when the next output arrives: no flicker for animations (RadEdit kernel only). */
    public static void clearOutput(boolean wait) {
        RadEditKernel.running().clearOutput(wait);
    }

    /** A live progress bar for an edit: pass it as the engine's {@code EditListener}. */
    public static ProgressDisplay progress(String label) {
        return new ProgressDisplay(label);
    }

    /** Images side by side in one output. */
    public static ImageGrid grid(List<? extends RenderedImage> images) {
        return ImageGrid.of(images);
    }
}
