package org.radedit.suite;

/**
 * A figure the RadEdit paper reports, in its own units (percent), shown beside ours.
 *
 * @param source        where in the paper, e.g. "RadEdit Table 2, weak pneumothorax classifier"
 * @param realPercent   the metric on real images (NaN when the paper gives only the change)
 * @param editedPercent the metric on edited images (NaN when the paper gives only the change)
 * @param changePoints  edited minus real, in percentage points
 */
public record PaperFigure(String source, double realPercent, double editedPercent, double changePoints) {

    /** Accuracy real → edited; the change is their difference. */
    public static PaperFigure accuracy(String source, double realPercent, double editedPercent) {
        return new PaperFigure(source, realPercent, editedPercent, editedPercent - realPercent);
    }

    /** Only a change, as the paper's ΔDice. */
    public static PaperFigure change(String source, double changePoints) {
        return new PaperFigure(source, Double.NaN, Double.NaN, changePoints);
    }
}
