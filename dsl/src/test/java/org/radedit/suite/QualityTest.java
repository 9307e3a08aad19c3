package org.radedit.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.radedit.data.Dataset;
import org.radedit.data.TestFinding;
import org.radedit.data.StudyRecord;
import org.radedit.engine.EditMethod;
import org.radedit.engine.ChangeSummary;
import org.radedit.image.Box;
import org.radedit.image.Image;
import org.radedit.image.Mask;

class QualityTest {

    private static final double EPS = 1e-6;

    @Test
    void scoreSeparationCountsPrecisionAndRecallAtTheThreshold() {
        double[] scores = {0.5, 0.3, 0.2, 0.1, -0.2, Double.NaN};
        boolean[] good = {true, false, true, true, false, true};
        ScoreSeparation s = ScoreSeparation.of(scores, good, 0.2, "good");
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
        // Good scores 0.5, 0.2, 0.1 against bad 0.3, -0.2: pairs won 2 + 1 + 1 of 6.
        assertEquals((2 + 1 + 1) / 6.0, s.auc(), 1e-12);
        // F1 on the grid: up to -0.2 all are kept: P 0.6, R 1 -> 0.75; from -0.15 to 0.1 all but the -0.2:
        // P 0.75, R 1 -> 0.857, the best, and -0.15 is the lowest of those; at 0.15 and 0.2: 2/3, 2/3 -> 0.667.
        assertEquals(-0.15, s.chosenThreshold(), 1e-9);
        ScoreSeparation allGood = ScoreSeparation.of(new double[] {0.1, 0.4}, new boolean[] {true, true}, 0.2, "good");
        assertEquals(Double.NaN, allGood.auc(), "no bad edit to rank against");
        assertEquals(-1.0, allGood.chosenThreshold(), 1e-9, "keeping everything is best when all are good");
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
    void aRemovalIsGoodOnlyWhenTheOracleSeesItAndItIsCloserToTheTruthThanTheOriginal() {
        StudyRecord r = Fixtures.plain("r", 0.8f, true, "A");
        Image counterfactual = Image.filled(Fixtures.SIZE, Fixtures.SIZE, 0.45f); // the original's error: 0.35
        Suite suite = Suite.from(Dataset.of("one", List.of(r))).removes(TestFinding.PNEUMOTHORAX)
                .counterfactuals((record, change) -> counterfactual);
        EditResults results = new EditResults(suite, List.of(
                Fixtures.handMade(r, 1, 0.3f, 0.5, true),   // removed, error 0.15: good
                Fixtures.handMade(r, 2, 0.05f, 0.4, true),  // removed (the oracle sees 0.05), error 0.40 > 0.35: bad
                Fixtures.handMade(r, 3, 0.6f, 0.1, false))); // the oracle still sees it: bad
        QualityReport report = results.assess(Fixtures.pixelClassifier("oracle"));
        assertEquals(List.of(true, false, false), report.verdicts().stream().map(ScoreVerdict::good).toList());
        assertEquals(List.of(1L, 2L, 3L), report.verdicts().stream().map(ScoreVerdict::seed).toList());
        assertEquals(List.of(0.5, 0.4, 0.1), report.verdicts().stream().map(ScoreVerdict::score).toList());
        assertTrue(report.goodMeans().contains("closer to the true counterfactual"), report.goodMeans());
        assertEquals(2.0 / 3, report.rows().get(0).effective(), EPS, "the oracle alone calls two of three good");
        QualityAssessor assessor = suite.assessor(Fixtures.pixelClassifier("oracle"));
        assessor.accept(results.all());
        assertEquals(List.of(1L, 2L, 3L), assessor.seeds());
        QualityReport second = assessor.report(2);
        assertEquals(1, second.rows().get(0).edits(), "one repeat: the edits of seed 2 only");
        assertEquals(0.40, second.rows().get(0).errorToCounterfactual(), EPS);
        assertEquals(List.of(false), second.verdicts().stream().map(ScoreVerdict::good).toList());

        // Without counterfactuals only the oracle can judge.
        Suite blind = Suite.from(Dataset.of("one", List.of(r))).removes(TestFinding.PNEUMOTHORAX);
        QualityReport oracleOnly = new EditResults(blind, results.all()).assess(Fixtures.pixelClassifier("oracle"));
        assertEquals(List.of(true, true, false), oracleOnly.verdicts().stream().map(ScoreVerdict::good).toList());
    }

    @Test
    void anAdditionIsGoodOnlyWhenTheOracleSeesItAndNothingChangedOutsideTheMasks() {
        StudyRecord r = Fixtures.plain("r", 0.2f, false, "A");
        Mask left = Mask.fromBoxes(Fixtures.SIZE, Fixtures.SIZE, new Box(0, 0, Fixtures.SIZE / 2, Fixtures.SIZE));
        Suite suite = Suite.from(Dataset.of("one", List.of(r))).adds(TestFinding.PNEUMOTHORAX)
                .counterfactuals((record, change) -> Image.filled(Fixtures.SIZE, Fixtures.SIZE, 0.9f));
        float level = 1f / 65535;
        EditResults results = new EditResults(suite, List.of(
                edit(r, left, 1, 0.9f, 0.2f + level / 2), // added; outside within a 16-bit level: good
                edit(r, left, 2, 0.9f, 0.25f),             // added, but the right half changed too: bad
                edit(r, left, 3, 0.2f, 0.2f)));            // nothing added: bad
        QualityReport report = results.assess(Fixtures.pixelClassifier("oracle"));
        assertEquals(List.of(true, false, false), report.verdicts().stream().map(ScoreVerdict::good).toList());
        assertTrue(report.goodMeans().contains("nothing changed outside the masks"), report.goodMeans());
    }

    @Test
    void aPoolLabelsItsPartsAndRefusesVerdictsJudgedDifferently() {
        LabelChange removal = new LabelChange(TestFinding.PNEUMOTHORAX, false);
        QualityReport study = new QualityReport(removal, "oracle", List.of(), null, "good: A", List.of(
                new ScoreVerdict("a", 0, "RADEDIT w=3", 0.6, true), new ScoreVerdict("a", 1, "RADEDIT w=3", 0.5, true)));
        QualityReport failures = new QualityReport(removal, "oracle", List.of(), null, "good: A", List.of(
                new ScoreVerdict("a", 0, "RADEDIT w=0.5", 0.3, false), new ScoreVerdict("b", 0, "LANCE w=3", 0.1, false)));
        ScorePool pool = ScorePool.empty("p", 0.2).with("study", study, v -> v.seed() == 0)
                .with("sweep", failures, v -> true);
        assertEquals(List.of("study · RADEDIT w=3", "sweep · RADEDIT w=0.5", "sweep · LANCE w=3"),
                pool.verdicts().stream().map(ScoreVerdict::condition).toList());
        ScoreSeparation s = pool.separation();
        assertEquals(3, s.edits());
        assertEquals(1, s.good());
        assertEquals(2, s.kept(), "0.6 and 0.3 are at or above 0.2");
        assertEquals(0.5, s.precision(), 1e-12);
        assertEquals(1.0, s.auc(), 1e-12, "the good edit scores above both bad ones");
        assertEquals(0.35, s.chosenThreshold(), 1e-9, "the lowest grid value above 0.3 keeps only the good edit");
        assertEquals(List.of(1, 1, 1), pool.table().intColumn("edits").asList());
        assertEquals(List.of(1, 1, 0), pool.table().intColumn("kept").asList());
        assertEquals(List.of(1, 0, 0), pool.table().intColumn("good").asList());
        QualityReport other = new QualityReport(removal, "oracle", List.of(), null, "good: B", List.of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> pool.with("other", other, v -> true));
        assertTrue(e.getMessage().contains("good: A") && e.getMessage().contains("good: B"), e.getMessage());
    }

    private static EditResult edit(StudyRecord r, Mask editMask, long seed, float inside, float outside) {
        float[] p = new float[Fixtures.SIZE * Fixtures.SIZE];
        for (int i = 0; i < p.length; i++) {
            p[i] = editMask.values()[i] > 0.5f ? inside : outside;
        }
        Image image = new Image(Fixtures.SIZE, Fixtures.SIZE, p);
        Setting setting = new Setting(EditMethod.RADEDIT, 3, Fixtures.STEPS, 0, 0, seed);
        return new EditResult(r, setting, "Pneumothorax", setting.editSeed(r.id()), editMask, null, image, editMask,
                ChangeSummary.measure(r.image(), image, editMask, null), 0.5, true, "cpu");
    }

    @Test
    void methodsCompareOnMaskDiceAndCollateralChange() {
        Suite suite = Fixtures.presentation(Fixtures.dataset(4)).score().counterfactuals((record, change) -> record.image())
                .method(EditMethod.RADEDIT, EditMethod.LANCE, EditMethod.DIFFEDIT);
        QualityReport report = suite.assess(Fixtures.pixelClassifier("oracle"));
        assertEquals(3, report.rows().size());
        QualityRow radEdit = report.row(suite.plan().settings().get(0).condition());
        QualityRow lance = report.row(suite.plan().settings().get(1).condition());
        QualityRow diffEdit = report.row(suite.plan().settings().get(2).condition());
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

    @Test
    void realismIsTheFrechetDistanceToRealImagesInTheTargetState() {
        // Two records with a pneumothorax, edited into exactly their true counterfactuals, and three real
        // images without one. The toy encoder embeds a filled image of value v as (2v-1, 2v-1, 0.1): one
        // direction, so the distance is 8 (mean difference)^2 + 8 (sd difference)^2 in pixel values.
        StudyRecord a = Fixtures.plain("a", 0.8f, true, "A");
        StudyRecord b = Fixtures.plain("b", 0.6f, true, "A");
        List<StudyRecord> records = List.of(a, b, Fixtures.plain("n1", 0.2f, false, "A"),
                Fixtures.plain("n2", 0.3f, false, "B"), Fixtures.plain("n3", 0.4f, false, "B"));
        Suite suite = Suite.from(Dataset.of("five", records)).scoredWith(Fixtures.encoder()).removes(TestFinding.PNEUMOTHORAX)
                .counterfactuals((r, change) -> Image.filled(Fixtures.SIZE, Fixtures.SIZE, r == a ? 0.25f : r == b ? 0.35f : 0f));
        EditResults results = new EditResults(suite, List.of(Fixtures.handMade(a, 1, 0.25f, Double.NaN, true),
                Fixtures.handMade(b, 1, 0.35f, Double.NaN, true)));
        QualityRow row = results.assess(Fixtures.pixelClassifier("oracle")).rows().get(0);

        double reference = fd(new double[] {0.25, 0.35}, new double[] {0.2, 0.3, 0.4});
        assertEquals(reference, row.realism(), 1e-5);
        assertEquals(row.realismFloor(), row.realism(), 1e-9, "edits equal to the counterfactuals reach the floor");
        assertEquals(fd(new double[] {0.8, 0.6}, new double[] {0.2, 0.3, 0.4}), row.realismOfOriginal(), 1e-5);
        assertTrue(row.realismOfOriginal() > 100 * row.realism(), "the originals are far from images without the finding");
    }

    /** The Fréchet distance of filled images of these values under the toy encoder (see above). */
    private static double fd(double[] x, double[] y) {
        return 8 * Math.pow(mean(x) - mean(y), 2) + 8 * Math.pow(sd(x) - sd(y), 2);
    }

    private static double mean(double[] x) {
        return java.util.Arrays.stream(x).average().orElseThrow();
    }

    private static double sd(double[] x) {
        double m = mean(x);
        return Math.sqrt(java.util.Arrays.stream(x).map(v -> (v - m) * (v - m)).sum() / (x.length - 1));
    }
}
