package org.radedit.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.radedit.data.Anatomy;
import org.radedit.data.Dataset;
import org.radedit.data.TestFinding;
import org.radedit.data.StudyRecord;
import org.radedit.image.Box;
import org.radedit.image.Mask;
import org.radedit.metrics.Bootstrap;

/** Hand-made edits whose figures are known exactly; the classifier reads its probability off pixel (0, 0). */
class ShiftEvaluationTest {

    private static final double EPS = 1e-12;
    private final StudyRecord a1 = Fixtures.plain("a1", 0.9f, true, "A");
    private final StudyRecord a2 = Fixtures.plain("a2", 0.8f, true, "A");
    private final StudyRecord b1 = Fixtures.plain("b1", 0.7f, true, "B");
    private final StudyRecord b2 = Fixtures.plain("b2", 0.3f, true, "B");
    private final Suite suite = Suite.from(Dataset.of("hand-made", List.of(a1, a2, b1, b2))).removes(TestFinding.PNEUMOTHORAX)
            .groupBy("site", r -> r.metadata().site()).bootstrap(new Bootstrap(200, 0.95, 1));

    private EditResults results() {
        List<EditResult> edits = new ArrayList<>();
        // seed 1: a1 and b2 lose the finding in the classifier's eyes, a2 and b1 do not
        edits.add(Fixtures.handMade(a1, 1, 0.2f, Double.NaN, true));
        edits.add(Fixtures.handMade(a2, 1, 0.6f, Double.NaN, true));
        edits.add(Fixtures.handMade(b1, 1, 0.9f, Double.NaN, true));
        edits.add(Fixtures.handMade(b2, 1, 0.1f, Double.NaN, true));
        // seed 2: all but a1
        edits.add(Fixtures.handMade(a1, 2, 0.7f, Double.NaN, true));
        edits.add(Fixtures.handMade(a2, 2, 0.1f, Double.NaN, true));
        edits.add(Fixtures.handMade(b1, 2, 0.2f, Double.NaN, true));
        edits.add(Fixtures.handMade(b2, 2, 0.4f, Double.NaN, true));
        // a dropped edit does not count
        edits.add(Fixtures.handMade(a1, 3, 0.0f, 0.1, false));
        return new EditResults(suite, edits);
    }

    private final String condition = Fixtures.handMade(a1, 1, 0f, 0, true).setting().condition();

    @Test
    void accuracyRealVsEditedIsAveragedOverSeedsWithTheirSpread() {
        ShiftReport report = results().evaluate(Fixtures.pixelClassifier("weak"));
        ShiftRow all = report.overall("weak");
        assertEquals(4, all.records());
        assertEquals(8, all.edits());
        // real: 0.9 0.8 0.7 ✓, 0.3 ✗ on both seeds
        assertEquals(0.75, all.real().value(), EPS);
        assertEquals(0.0, all.real().sd(), EPS);
        // edited (should be < 0.5): seed 1 2 of 4, seed 2 3 of 4
        assertEquals(0.625, all.edited().value(), EPS);
        assertEquals(Math.sqrt(2 * 0.125 * 0.125), all.edited().sd(), EPS);
        assertEquals(2, all.edited().repeats());
        assertEquals(-0.125, all.change().value(), EPS);
        assertTrue(all.edited().ci().isDefined() && all.edited().ci().low() <= 0.625 && all.edited().ci().high() >= 0.625);
        assertFalse(all.realAuroc().isDefined(), "all real images are positive: no AUROC");
    }

    @Test
    void groupsAndTheWorstGroupGetTheirOwnRows() {
        ShiftReport report = results().evaluate(Fixtures.pixelClassifier("weak"));
        assertEquals(List.of("all", "A", "B", "worst group (edited: A)"),
                report.rows().stream().map(ShiftRow::group).toList());
        ShiftRow a = report.row("weak", condition, "A");
        assertEquals(1.0, a.real().value(), EPS);
        assertEquals(0.5, a.edited().value(), EPS); // seed 1: 1 of 2, seed 2: 1 of 2
        ShiftRow b = report.row("weak", condition, "B");
        assertEquals(0.5, b.real().value(), EPS);
        assertEquals(0.75, b.edited().value(), EPS); // seed 1: 1 of 2, seed 2: 2 of 2
        ShiftRow worst = report.row("weak", condition, "worst group (edited: A)");
        assertEquals(0.5, worst.real().value(), EPS); // B's real
        assertEquals(0.5, worst.edited().value(), EPS); // A's edited
    }

    @Test
    void aurocIsReportedWhereBothLabelsOccur() {
        StudyRecord p1 = Fixtures.plain("p1", 0.9f, true, "A");
        StudyRecord p2 = Fixtures.plain("p2", 0.35f, true, "A");
        StudyRecord n1 = Fixtures.plain("n1", 0.4f, false, "A");
        StudyRecord n2 = Fixtures.plain("n2", 0.1f, false, "A");
        Suite s = Suite.from(Dataset.of("mixed", List.of(p1, p2, n1, n2))).removes(TestFinding.PNEUMOTHORAX);
        EditResults r = new EditResults(s, List.of(Fixtures.handMade(p1, 1, 0.2f, Double.NaN, true),
                Fixtures.handMade(p2, 1, 0.2f, Double.NaN, true), Fixtures.handMade(n1, 1, 0.2f, Double.NaN, true),
                Fixtures.handMade(n2, 1, 0.2f, Double.NaN, true)));
        ShiftRow all = r.evaluate(Fixtures.pixelClassifier("c")).overall("c");
        assertEquals(0.75, all.realAuroc().value(), EPS);
        assertEquals(0.75, all.real().value(), EPS); // 0.9 ✓ 0.35 ✗ 0.4 ✓ 0.1 ✓
        assertEquals(1.0, all.edited().value(), EPS);
        assertFalse(all.editedAuroc().isDefined());
        assertEquals(1, report(r).rows().size(), "one group: no group rows");
    }

    private static ShiftReport report(EditResults r) {
        return r.evaluate(Fixtures.pixelClassifier("c"));
    }

    @Test
    void segmentersGetDiceAndDeltaDiceAgainstTheReusedTruth() {
        // truth: the left half (the plain records' lungs); the segmenter finds it on bright images,
        // only its left quarter on dark ones: Dice 2 * 8 / (8 + 16) = 2/3
        Segmenter segmenter = Segmenter.named("seg", images -> images.stream().map(im -> im.get(0, 0) >= 0.5f
                ? Mask.fromBoxes(Fixtures.SIZE, Fixtures.SIZE, new Box(0, 0, 16, 32))
                : Mask.fromBoxes(Fixtures.SIZE, Fixtures.SIZE, new Box(0, 0, 8, 32))).toList());
        ShiftReport report = results().evaluate(Masks.anatomy(Anatomy.LUNGS), segmenter);
        assertEquals(ShiftMetric.DICE, report.metric());
        ShiftRow all = report.overall("seg");
        // real: 3 bright of 4 -> (1 + 1 + 1 + 2/3) / 4
        assertEquals((3 + 2.0 / 3) / 4, all.real().value(), EPS);
        // edited: seed 1 two bright (0.6, 0.9), seed 2 one bright (0.7)
        double seed1 = (2 + 2 * 2.0 / 3) / 4;
        double seed2 = (1 + 3 * 2.0 / 3) / 4;
        assertEquals((seed1 + seed2) / 2, all.edited().value(), EPS);
        assertEquals((seed1 + seed2) / 2 - (3 + 2.0 / 3) / 4, all.change().value(), EPS);
        assertFalse(all.realAuroc().isDefined());
    }

    @Test
    void evaluatingAClassifierNeedsTheIntendedChange() {
        Suite noChange = Suite.from(Dataset.of("x", List.of(a1)));
        var e = assertThrows(IllegalStateException.class, () -> noChange.evaluator(Fixtures.pixelClassifier("c")));
        assertTrue(e.getMessage().contains(".removes(Finding.X) or .adds(Finding.X)"), e.getMessage());
    }

    @Test
    void aClassifierThatAnswersOutOfRangeOrForTooFewImagesIsNamed() {
        var range = assertThrows(IllegalStateException.class,
                () -> results().evaluate(Classifier.named("odd", images -> images.stream().mapToDouble(i -> 1.5).toArray())));
        assertEquals("classifier odd returned 1.5 for image 0; probabilities must lie in [0, 1]", range.getMessage());
        var count = assertThrows(IllegalStateException.class,
                () -> results().evaluate(Classifier.named("short", images -> new double[1])));
        assertTrue(count.getMessage().startsWith("classifier short returned 1 probabilities for "), count.getMessage());
    }

    @Test
    void predictorsWithTheSameNameAreRefused() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> suite.evaluator(Fixtures.pixelClassifier("c"), Fixtures.pixelClassifier("c")));
        assertTrue(e.getMessage().startsWith("predictors need distinct names"), e.getMessage());
    }

    @Test
    void theWholeSuiteEvaluatesAsItStreams() {
        ShiftReport report = Fixtures.presentation(Fixtures.dataset(6)).seed(1, 2).bootstrap(new Bootstrap(100, 0.9, 0))
                .evaluate(Classifier.named("always positive", images -> images.stream().mapToDouble(i -> 1.0).toArray()));
        ShiftRow all = report.overall("always positive");
        assertEquals(3, all.records());
        assertEquals(6, all.edits());
        assertEquals(1.0, all.real().value(), EPS);
        assertEquals(0.0, all.edited().value(), EPS);
        assertEquals(-1.0, all.change().value(), EPS);
    }
}
