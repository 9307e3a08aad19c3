package org.radedit.studies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.radedit.models.PhantomPrompts;
import org.radedit.phantom.Finding;
import org.radedit.suite.Suite;

/** The score-filter pools' wrong prompts: another finding named, in the study's own form. */
class ScoreFilterPoolsTest {

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
    void aRemovalMovesAwayFromAnotherFindingTowardsANormalReport() {
        Suite wrong = ScoreFilterPools.wrongPrompt(studies.acquisition(2).suite());
        assertEquals(PhantomPrompts.NORMAL, wrong.plan().request().prompt());
        assertEquals(PhantomPrompts.FINDINGS.get(Finding.CONSOLIDATION), wrong.plan().request().negativePrompt());
        assertEquals(Finding.COVID, Finding.from(wrong.plan().request().change().finding()), "still judged as removing COVID");
        Suite presentation = ScoreFilterPools.wrongPrompt(studies.presentation(2).suite());
        assertEquals(PhantomPrompts.FINDINGS.get(Finding.EDEMA), presentation.plan().request().negativePrompt());
    }

    @Test
    void anAdditionAsksForAnotherFindingWithoutANegativePrompt() {
        Suite wrong = ScoreFilterPools.wrongPrompt(studies.population(Finding.EDEMA, 2).suite());
        assertEquals(PhantomPrompts.FINDINGS.get(Finding.CONSOLIDATION), wrong.plan().request().prompt());
        assertNull(wrong.plan().request().negativePrompt());
        assertEquals(Finding.EDEMA, Finding.from(wrong.plan().request().change().finding()), "still judged as adding edema");
    }

    @Test
    void theOvershootIsNeverTheStudysOwnGuidance() {
        assertEquals(15.0, ScoreFilterPools.overshoot(PhantomStudies.GUIDANCE));
        assertEquals(15.0, ScoreFilterPools.overshoot(14.9));
        assertEquals(30.0, ScoreFilterPools.overshoot(15.0));
        for (Finding f : PhantomStudies.populationFindings()) {
            double own = studies.population(f, 1).suite().plan().settings().get(0).guidance();
            assertEquals(PhantomStudies.populationGuidance(f), own, f.toString());
            assertTrue(ScoreFilterPools.overshoot(own) > own, f + " at w=" + own);
        }
    }

    @Test
    void everyStudyFindingHasAnotherFindingToConfuse() {
        for (Finding f : ScoreFilterPools.WRONG_FINDING.keySet()) {
            assertNotEquals(f, ScoreFilterPools.WRONG_FINDING.get(f));
        }
        for (Finding f : PhantomStudies.populationFindings()) {
            assertNotEquals(null, ScoreFilterPools.WRONG_FINDING.get(f), f.toString());
        }
    }
}
