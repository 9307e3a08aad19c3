package org.radedit.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.radedit.data.TestFinding;

class SuiteScoringTest {

    private final EditResults scored = Fixtures.presentation(Fixtures.dataset(12)).guidance(1, 6).score().run();

    @Test
    void everyEditIsScoredAndKeptExactlyWhenItsScoreReachesTheThreshold() {
        assertEquals(0.2, scored.threshold());
        assertEquals(12, scored.size());
        for (EditResult r : scored) {
            assertTrue(r.scored());
            assertEquals(r.score() >= 0.2, r.kept(), r.caption());
        }
        assertEquals(scored.size(), scored.kept().size() + scored.dropped().size(), "dropped edits stay visible");
    }

    @Test
    void aThresholdEqualToAScoreKeepsThatEditAndDropsTheOnesBelow() {
        double[] sorted = scored.scores().clone();
        Arrays.sort(sorted);
        double t = sorted[sorted.length / 2];
        EditResults judged = scored.threshold(t);
        assertEquals(t, judged.threshold());
        for (EditResult r : judged) {
            assertEquals(r.score() >= t, r.kept(), r.caption());
        }
        assertEquals(sorted.length - sorted.length / 2, judged.kept().size());
        assertTrue(judged.dropped().size() > 0 && judged.kept().size() > 0, "both sides are present");
        for (int i = 0; i < scored.size(); i++) {
            assertEquals(scored.all().get(i).edited(), judged.all().get(i).edited(), "re-judging does not edit again");
        }
    }

    @Test
    void theThresholdIsSettableOnTheSuite() {
        EditResults strict = Fixtures.presentation(Fixtures.dataset(4)).score(2.0).run();
        assertEquals(0, strict.kept().size(), "no cosine reaches 2");
        assertEquals(2, strict.dropped().size());
        EditResults lax = Fixtures.presentation(Fixtures.dataset(4)).score(-2.0).run();
        assertEquals(2, lax.kept().size());
    }

    @Test
    void withoutScoringEveryEditIsKeptAndHasNoScore() {
        EditResults plain = Fixtures.presentation(Fixtures.dataset(4)).run();
        assertTrue(plain.all().stream().allMatch(r -> r.kept() && !r.scored()));
    }

    @Test
    void scoringWithoutAnEncoderSaysHowToAttachOne() {
        Suite suite = Suite.from(Fixtures.dataset(2)).using(Fixtures.engine()).edit(Masks.finding(TestFinding.PNEUMOTHORAX))
                .prompt("No pneumothorax").steps(Fixtures.STEPS).score();
        var e = assertThrows(IllegalStateException.class, suite::run);
        assertEquals("score() needs an image/text encoder for the editing score: attach one with .scoredWith(encoder)"
                + " or .using(toolkit)", e.getMessage());
        assertFalse(suite.scoredWith(Fixtures.encoder()).run().all().isEmpty());
    }
}
