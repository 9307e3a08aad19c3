package org.radedit.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.radedit.engine.EditMethod;

class SuiteSweepTest {

    @Test
    void aSweepMakesOneResultPerSettingWithThatSetting() {
        Suite suite = Fixtures.presentation(Fixtures.dataset(4)).guidance(1, 5).steps(6, 8).skip(0, 2).seed(1, 2)
                .dilation(0, 1);
        List<Setting> settings = suite.plan().settings();
        assertEquals(32, settings.size());
        assertEquals(new Setting(EditMethod.RADEDIT, 1, 6, 0, 0, 1), settings.get(0));
        assertEquals(new Setting(EditMethod.RADEDIT, 5, 8, 2, 1, 2), settings.get(31));

        Map<Setting, EditResults> bySetting = suite.run().bySetting();
        assertEquals(settings, List.copyOf(bySetting.keySet()));
        bySetting.forEach((setting, results) -> {
            assertEquals(List.of("r0", "r2"), results.all().stream().map(r -> r.record().id()).toList(), setting.label());
            results.forEach(r -> assertEquals(setting, r.setting()));
        });
    }

    @Test
    void aSkipRatioGivesEachStepCountItsOwnSkipAsTheReleasedPipelineDoes() {
        Suite suite = Fixtures.presentation(Fixtures.dataset(2)).steps(10, 50).skipRatio(0.3, 0.5);
        assertEquals(List.of(3, 5, 15, 25), suite.plan().settings().stream().map(Setting::skip).toList(),
                "int(10 * 0.3), int(10 * 0.5), int(50 * 0.3), int(50 * 0.5)");
        assertEquals(List.of(2), suite.skipRatio(0.3).skip(2).plan().settings().stream().map(Setting::skip).distinct().toList(),
                "skip(...) replaces the ratios");
        assertThrows(IllegalArgumentException.class, () -> suite.skipRatio(1.0));
    }

    @Test
    void settingsChangeTheEdits() {
        Map<Setting, EditResults> bySetting = Fixtures.presentation(Fixtures.dataset(2)).guidance(1, 8).seed(1, 2).run().bySetting();
        List<EditResults> results = List.copyOf(bySetting.values());
        for (int a = 0; a < results.size(); a++) {
            for (int b = a + 1; b < results.size(); b++) {
                assertNotEquals(results.get(a).all().get(0).edited(), results.get(b).all().get(0).edited());
            }
        }
    }

    @Test
    void methodsAreOneCallAndRunOnTheSameRecordsAndSeeds() {
        EditResults results = Fixtures.presentation(Fixtures.dataset(4))
                .method(EditMethod.RADEDIT, EditMethod.LANCE, EditMethod.DIFFEDIT).run();
        assertEquals(List.of(EditMethod.RADEDIT, EditMethod.LANCE, EditMethod.DIFFEDIT),
                results.settings().stream().map(Setting::method).toList());
        for (EditResults perMethod : results.bySetting().values()) {
            assertEquals(List.of(results.all().get(0).editSeed(), results.all().get(1).editSeed()),
                    perMethod.all().stream().map(EditResult::editSeed).toList());
        }
        EditResult radEdit = results.all().get(0);
        EditResult lance = results.all().get(2);
        assertEquals(0, radEdit.change().keepPixelsChanged(), "RadEdit keeps the tube");
        assertTrue(lance.change().keepPixelsChanged() > 0, "LANCE-like edits it too");
    }

    @Test
    void anEditDoesNotDependOnItsBatch() {
        Suite suite = Fixtures.presentation(Fixtures.dataset(6));
        EditResults together = suite.batchSize(3).run();
        EditResults alone = suite.batchSize(1).run();
        for (int i = 0; i < together.size(); i++) {
            assertEquals(together.all().get(i).edited(), alone.all().get(i).edited());
        }
    }

    @Test
    void impossibleSweepsAreRefusedBeforeAnythingRuns() {
        Suite suite = Fixtures.presentation(Fixtures.dataset(2));
        var skip = assertThrows(IllegalArgumentException.class, () -> suite.steps(4).skip(0, 4).plan().settings());
        assertEquals("skip must lie in [0, steps), got skip=4 with steps=4", skip.getMessage());
        var repeated = assertThrows(IllegalArgumentException.class, () -> suite.seed(1, 1));
        assertEquals("repeated seed values in [1, 1]: each setting runs once", repeated.getMessage());
    }

    @Test
    void aNegativePromptEqualToThePromptCancelsTheGuidance() {
        Suite base = Fixtures.presentation(Fixtures.dataset(2)).prompt("No pneumothorax");
        EditResults cancelled = base.guidance(7).negativePrompt("No pneumothorax").run();
        EditResults unguided = base.guidance(0).run();
        for (int i = 0; i < cancelled.size(); i++) {
            float[] a = cancelled.all().get(i).edited().pixels();
            float[] b = unguided.all().get(i).edited().pixels();
            for (int p = 0; p < a.length; p++) {
                org.junit.jupiter.api.Assertions.assertEquals(b[p], a[p], 1e-5, "pixel " + p);
            }
        }
        EditResults guided = base.guidance(7).run();
        org.junit.jupiter.api.Assertions.assertFalse(java.util.Arrays.equals(guided.all().get(0).edited().pixels(),
                cancelled.all().get(0).edited().pixels()), "guidance 7 alone does change the edit");
        org.junit.jupiter.api.Assertions.assertTrue(base.negativePrompt("Pneumothorax").plainText()
                .contains("\"No pneumothorax\", away from \"Pneumothorax\""), base.negativePrompt("Pneumothorax").plainText());
    }
}
