package org.radedit.studies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.radedit.phantom.Finding;
import org.radedit.data.StudyRecord;
import org.radedit.image.Image;
import org.radedit.models.PhantomModels;
import org.radedit.suite.EditResult;
import org.radedit.suite.EditResults;
import org.radedit.suite.ShiftReport;

/** The ready-made studies with the committed weights: what they select, and what their edits keep. */
class PhantomStudiesTest {

    private static NDManager manager;
    private static PhantomStudies studies;

    @BeforeAll
    static void load() {
        manager = NDManager.newBaseManager();
        studies = PhantomStudies.committed(manager);
    }

    @AfterAll
    static void close() {
        manager.close();
    }

    @Test
    void eachStudySelectsTheRecordsItsQuestionNeeds() {
        List<StudyRecord> acquisition = studies.acquisition(6).suite().plan().records().toList();
        assertEquals(6, acquisition.size());
        assertTrue(acquisition.stream().allMatch(r -> r.has(Finding.COVID) && r.metadata().site().equals("B")),
                "COVID+ from hospital B only");
        List<StudyRecord> presentation = studies.presentation(6).suite().plan().records().toList();
        assertTrue(presentation.stream().allMatch(r -> r.has(Finding.PNEUMOTHORAX) && r.has(Finding.CHEST_TUBE)));
        List<StudyRecord> population = studies.population(Finding.EDEMA, 6).suite().plan().records().toList();
        assertTrue(population.stream().allMatch(r -> r.findings().isEmpty()), "clean lungs, nothing to remove");
        var e = assertThrows(IllegalArgumentException.class, () -> studies.population(Finding.CARDIOMEGALY, 2));
        assertEquals("the population study adds one of [EDEMA, PACEMAKER, CONSOLIDATION], got CARDIOMEGALY", e.getMessage());
        var g = assertThrows(IllegalArgumentException.class, () -> PhantomStudies.populationGuidance(Finding.COVID));
        assertEquals("the population study adds one of [EDEMA, PACEMAKER, CONSOLIDATION], got COVID", g.getMessage());
        assertEquals(PhantomStudies.ACQUISITION_GUIDANCE, studies.acquisition(1).suite().plan().settings().get(0).guidance());
        assertEquals(PhantomStudies.GUIDANCE, studies.presentation(1).suite().plan().settings().get(0).guidance());
    }

    @Test
    void theSecondSeedRangeDrawsOtherPatientsUnderItsOwnNames() {
        PhantomStudies second = new PhantomStudies(studies.world(), PhantomModels.committed(manager), CohortSeeds.SECOND);
        List<StudyRecord> first = studies.presentation(5).suite().plan().records().toList();
        List<StudyRecord> other = second.presentation(5).suite().plan().records().toList();
        assertEquals(5, other.size());
        assertTrue(other.stream().allMatch(r -> r.id().startsWith("presentation-biased-second-")
                && r.has(Finding.PNEUMOTHORAX) && r.has(Finding.CHEST_TUBE)), "the same selection, named apart");
        for (StudyRecord a : first) {
            for (StudyRecord b : other) {
                assertTrue(!java.util.Arrays.equals(a.image().pixels(), b.image().pixels()), a.id() + " vs " + b.id());
            }
        }
        // its true counterfactuals are its own patients'
        StudyRecord r = other.get(0);
        Image cf = second.counterfactual(r, new org.radedit.suite.LabelChange(Finding.PNEUMOTHORAX, false));
        assertTrue(cf != null && studies.counterfactual(r, new org.radedit.suite.LabelChange(Finding.PNEUMOTHORAX, false))
                == null, "the first range does not know the second's records");
        assertEquals(CohortSeeds.SECOND, CohortSeeds.named("second"));
        assertThrows(IllegalArgumentException.class, () -> CohortSeeds.named("third"));
    }

    @Test
    void theWeakPredictorsLookExcellentOnTheirBiasedTestSets() {
        ClassifierStudy acquisition = studies.acquisition(40);
        ClassifierStudy presentation = studies.presentation(40);
        assertTrue(meanProbabilityAbove(acquisition, 0.5) >= 0.9, "weak COVID on B's positives");
        assertTrue(meanProbabilityAbove(presentation, 0.5) >= 0.9, "weak pneumothorax on tube+pneumothorax");
    }

    private static double meanProbabilityAbove(ClassifierStudy study, double threshold) {
        List<Image> images = study.suite().plan().records().map(StudyRecord::image).toList();
        double[] p = study.weak().probabilities(images);
        return java.util.Arrays.stream(p).filter(v -> v >= threshold).count() / (double) p.length;
    }

    @Test
    void presentationEditsKeepTheTubeByteIdenticalAndReportBothPredictors() {
        // Scores of 3-step edits mean little: keep every edit (threshold -1) so both are evaluated.
        ClassifierStudy study = studies.presentation(2).with(s -> s.steps(3).score(-1));
        EditResults results = study.suite().run();
        assertEquals(2, results.size());
        for (EditResult r : results) {
            float[] before = r.original().pixels();
            float[] after = r.edited().pixels();
            float[] keep = r.keepMask().values();
            int kept = 0;
            for (int i = 0; i < keep.length; i++) {
                if (keep[i] > 0.5f) {
                    assertEquals(Float.floatToIntBits(before[i]), Float.floatToIntBits(after[i]), "tube pixel " + i);
                    kept++;
                }
            }
            assertTrue(kept > 20, "the tube is a real keep region: " + kept + " px");
            assertTrue(r.change().meanChangeInsideEdit() > 0, "the edit changed the pneumothorax region");
        }
        ShiftReport report = study.withPaper(results.evaluate(study.weak(), study.strong()));
        assertEquals(2, report.overall("pneumothorax-weak").edits());
        assertEquals(2, report.overall("pneumothorax-strong").edits());
        assertEquals(2, report.paper().size());
    }
}
