package org.radedit.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.radedit.data.TestFinding;
import org.radedit.engine.EditMethod;

class SuiteImmutabilityTest {

    @Test
    void aVariantLeavesTheSuiteItCameFromAsItWas() {
        Suite base = Suite.from(Fixtures.dataset(4)).using(Fixtures.toolkit()).prompt("No pneumothorax")
                .edit(Masks.finding(TestFinding.PNEUMOTHORAX)).steps(Fixtures.STEPS);
        Suite variant = base.guidance(1).keep(Masks.finding(TestFinding.CHEST_TUBE)).method(EditMethod.LANCE).seed(3).score(0.5)
                .where(r -> r.has(TestFinding.CHEST_TUBE)).limit(1);

        assertNotSame(base, variant);
        assertEquals(List.of(new Setting(EditMethod.RADEDIT, 15, Fixtures.STEPS, 0, 0, 0)), base.plan().settings());
        assertEquals(List.of(new Setting(EditMethod.LANCE, 1, Fixtures.STEPS, 0, 0, 3)), variant.plan().settings());
        assertNull(base.plan().request().keep());
        assertEquals(0.2, base.plan().scoring().threshold());
        assertEquals(false, base.plan().scoring().enabled());
        assertEquals(4, base.plan().records().count());
        assertEquals(1, variant.plan().records().count());
    }

    @Test
    void branchesRunTheirOwnSettingsAndTheBaseStillRunsItsOwn() {
        Suite base = Fixtures.presentation(Fixtures.dataset(4));
        Suite strong = base.guidance(9);
        EditResults baseResults = base.run();
        strong.run();
        EditResults again = base.run();
        assertEquals(List.of(new Setting(EditMethod.RADEDIT, 3, Fixtures.STEPS, 0, 0, 7)), baseResults.settings());
        assertEquals(baseResults.size(), again.size());
        for (int i = 0; i < baseResults.size(); i++) {
            assertEquals(baseResults.all().get(i).edited(), again.all().get(i).edited(), "same suite, same edit");
        }
    }

    @Test
    void nothingIsEditedUntilATerminalStep() {
        AtomicInteger forwards = new AtomicInteger();
        Suite suite = Suite.from(Fixtures.dataset(3)).using(Fixtures.countingEngine(forwards))
                .edit(Masks.finding(TestFinding.PNEUMOTHORAX).dilate(1)).prompt("No pneumothorax")
                .guidance(2, 4).steps(Fixtures.STEPS).seed(1, 2);
        suite.plan().settings();
        suite.plainText();
        suite.toMimeBundle();
        assertEquals(0, forwards.get(), "building, inspecting and showing a suite edits nothing");
        suite.run();
        assertTrue(forwards.get() > 0);
    }
}
