package org.radedit.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.radedit.data.Dataset;
import org.radedit.data.TestFinding;
import org.radedit.data.StudyRecord;
import org.radedit.engine.EditMethod;
import org.radedit.image.Image;

class QualityTest {

    private static final double EPS = 1e-6;

    @Test
    void scoreSeparationCountsPrecisionAndRecallAtTheThreshold() {
        double[] scores = {0.5, 0.3, 0.2, 0.1, -0.2, Double.NaN};
        boolean[] good = {true, false, true, true, false, true};
        ScoreSeparation s = ScoreSeparation.of(scores, good, 0.2);
        assertEquals(5, s.edits(), "the unscored edit is left out");
        assertEquals(3, s.good());
        assertEquals(3, s.kept()); // 0.5, 0.3, 0.2
        assertEquals(2, s.keptGood());
        assertEquals(2.0 / 3, s.precision(), 1e-12);
        assertEquals(2.0 / 3, s.recall(), 1e-12);
        assertEquals(0.6, s.baseRate(), 1e-12);
        assertEquals(41, s.thresholds().length);
        assertEquals(-1.0, s.thresholds()[0], 1e-12);
        assertEquals(0.6, s.precisions()[0], 1e-12); // everything kept
        assertEquals(Double.NaN, s.precisions()[40]); // nothing kept at 1.0
        assertEquals(0.0, s.recalls()[40]);
    }

    @Test
    void editsAreJudgedAgainstTheOracleAndTheTrueCounterfactual() {
        StudyRecord r = Fixtures.plain("r", 0.8f, true, "A");
        Image counterfactual = Image.filled(Fixtures.SIZE, Fixtures.SIZE, 0.3f);
        Suite suite = Suite.from(Dataset.of("one", List.of(r))).removes(TestFinding.PNEUMOTHORAX)
                .counterfactuals((record, change) -> record.id().equals("r") && !change.present() ? counterfactual : null);
        // two edits: 0.2 (the oracle sees no pneumothorax) and 0.6 (it still sees one)
        EditResults results = new EditResults(suite, List.of(Fixtures.handMade(r, 1, 0.2f, Double.NaN, true),
                Fixtures.handMade(r, 2, 0.6f, Double.NaN, true)));
        QualityReport report = results.assess(Fixtures.pixelClassifier("oracle"));
        QualityRow row = report.rows().get(0);
        assertEquals(2, row.edits());
        assertEquals(0.5, row.effective(), EPS);
        assertEquals(0.0, row.oracleOnOriginal(), EPS);
        assertEquals(1.0, row.oracleOnCounterfactual(), EPS);
        assertEquals((0.1 + 0.3) / 2, row.errorToCounterfactual(), EPS); // |0.2 - 0.3|, |0.6 - 0.3|
        assertEquals(0.5, row.errorOfOriginal(), EPS); // |0.8 - 0.3|
        assertEquals(Double.NaN, row.keepCollateral(), "no keep mask");
        assertEquals(Double.NaN, row.maskDice(), "no mask of the finding");
        assertEquals(Double.NaN, row.encoderDistance(), "no encoder attached");
        assertNull(report.separation(), "not scored");
    }

    @Test
    void methodsCompareOnMaskDiceAndCollateralChange() {
        Suite suite = Fixtures.presentation(Fixtures.dataset(4)).score().counterfactuals((record, change) -> record.image())
                .method(EditMethod.RADEDIT, EditMethod.LANCE, EditMethod.DIFFEDIT);
        QualityReport report = suite.assess(Fixtures.pixelClassifier("oracle"));
        assertEquals(3, report.rows().size());
        QualityRow radEdit = report.row(suite.settings().get(0).condition());
        QualityRow lance = report.row(suite.settings().get(1).condition());
        QualityRow diffEdit = report.row(suite.settings().get(2).condition());
        assertEquals(0.0, radEdit.keepCollateral(), "RadEdit leaves the tube byte-identical");
        assertEquals(0.0, radEdit.keepPixelsChanged());
        assertTrue(lance.keepCollateral() > 0 && lance.keepPixelsChanged() > 0, "LANCE-like changes the tube");
        assertTrue(diffEdit.maskDice() >= 0 && diffEdit.maskDice() <= 1);
        // LANCE edits everywhere: its mask Dice is that of the whole image against the finding
        StudyRecord r0 = Fixtures.record("r0", 0);
        double full = Masks.everywhere().resolve(r0).dice(r0.findingMasks().get(TestFinding.PNEUMOTHORAX));
        StudyRecord r2 = Fixtures.record("r2", 2);
        double full2 = Masks.everywhere().resolve(r2).dice(r2.findingMasks().get(TestFinding.PNEUMOTHORAX));
        assertEquals((full + full2) / 2, lance.maskDice(), EPS);
        assertTrue(radEdit.encoderDistance() >= 0, "the encoder is attached and the counterfactual known");
        assertEquals(0.0, radEdit.encoderDistanceOriginal(), EPS, "the stand-in counterfactual is the original");
        assertEquals(6, report.separation().edits());
        assertEquals(6, report.rows().stream().mapToInt(QualityRow::edits).sum(), "2 records x 3 methods");
    }
}
