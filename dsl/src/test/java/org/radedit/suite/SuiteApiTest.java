package org.radedit.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.radedit.data.TestFinding;

/**
 * What {@code suite.} completion shows a user: steps (each returns a new suite), the plan, and the
 * terminal steps that run it. Getters live on {@link SuitePlan}, so {@code score()} does not sit
 * beside {@code scores()}.
 */
class SuiteApiTest {

    /** Everything of Suite's public instance methods that is not a step returning a Suite. */
    private static final Set<String> NOT_STEPS = Set.of(
            "plan", // what the suite says
            "stream", "run", "runTo", "resume", "composition", "evaluator", "assessor", "evaluate", "assess", // run it
            "plainText", "html", "picture", "toMimeBundle", "toString", "mimeBundle"); // how it shows

    @Test
    void completionShowsStepsThePlanAndTerminalStepsOnly() {
        Set<String> strays = new TreeSet<>();
        for (Method m : Suite.class.getMethods()) {
            if (Modifier.isStatic(m.getModifiers()) || m.getDeclaringClass() == Object.class) {
                continue;
            }
            if (m.getReturnType() != Suite.class && !NOT_STEPS.contains(m.getName())) {
                strays.add(m.getName() + " returns " + m.getReturnType().getSimpleName());
            }
        }
        assertEquals(Set.of(), strays, "public methods of Suite that are neither steps nor terminal");
    }

    @Test
    void thePlanSaysWhatTheGettersUsedTo() {
        Suite suite = Suite.from(Fixtures.dataset(3)).prompt("No pneumothorax").negativePrompt("Pneumothorax")
                .edit(Masks.finding(TestFinding.PNEUMOTHORAX)).guidance(2, 4).steps(6).score(0.3).limit(2);
        SuitePlan plan = suite.plan();
        assertEquals(List.of(2.0, 4.0), plan.settings().stream().map(Setting::guidance).toList());
        assertEquals("No pneumothorax", plan.request().prompt());
        assertEquals("Pneumothorax", plan.request().negativePrompt());
        assertEquals(0.3, plan.scoring().threshold());
        assertEquals(true, plan.scoring().enabled());
        assertEquals(2, plan.records().count());
        assertEquals(List.of(6), plan.sweep().steps());
        assertEquals(Arrays.asList(2.0, 4.0), plan.sweep().guidance());
    }
}
