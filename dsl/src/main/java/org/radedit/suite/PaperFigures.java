package org.radedit.suite;

/**
 * The RadEdit paper's stress-test figures (DESIGN.md §5), to show beside ours with
 * {@link ShiftReport#withPaper}: accuracy in percent, ΔDice in points.
 */
public final class PaperFigures {

    public static final PaperFigure ACQUISITION_WEAK = PaperFigure.accuracy("RadEdit, acquisition shift (COVID), weak", 99.1, 5.5);
    public static final PaperFigure ACQUISITION_STRONG = PaperFigure.accuracy("RadEdit, acquisition shift (COVID), strong", 74.4, 76.0);
    public static final PaperFigure PRESENTATION_WEAK = PaperFigure.accuracy("RadEdit, presentation shift (pneumothorax), weak", 93.3, 17.9);
    public static final PaperFigure PRESENTATION_STRONG = PaperFigure.accuracy("RadEdit, presentation shift (pneumothorax), strong", 93.7, 81.7);
    public static final PaperFigure EDEMA_WEAK = PaperFigure.change("RadEdit, population shift, edema, weak", -3.6);
    public static final PaperFigure EDEMA_STRONG = PaperFigure.change("RadEdit, population shift, edema, strong", -1.6);
    public static final PaperFigure PACEMAKER_WEAK = PaperFigure.change("RadEdit, population shift, pacemaker, weak", -12.4);
    public static final PaperFigure PACEMAKER_STRONG = PaperFigure.change("RadEdit, population shift, pacemaker, strong", -8.2);
    public static final PaperFigure CONSOLIDATION_WEAK = PaperFigure.change("RadEdit, population shift, consolidation, weak", -11.5);
    public static final PaperFigure CONSOLIDATION_STRONG = PaperFigure.change("RadEdit, population shift, consolidation, strong", -7.4);

    private PaperFigures() {
    }
}
