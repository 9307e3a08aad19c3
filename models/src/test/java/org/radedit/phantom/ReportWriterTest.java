package org.radedit.phantom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReportWriterTest {
    private final PhantomWorld world = new PhantomWorld();

    @Test
    void everyPresentFindingIsMentionedAndAbsentOnesOnlyNegated() {
        Cohort c = world.cohort(CohortSpec.general(600, 11));
        for (int i = 0; i < c.size(); i++) {
            PhantomCase k = c.caseAt(i);
            String report = ReportWriter.write(k);
            for (Finding f : Finding.values()) {
                String key = ReportWriter.keyword(f).toLowerCase();
                if (k.has(f)) {
                    assertTrue(report.toLowerCase().contains(key), report + " should mention " + f);
                } else {
                    for (String sentence : report.split("(?<=\\.) ")) {
                        if (sentence.toLowerCase().contains(key)) {
                            assertTrue(sentence.startsWith("No "), "absent " + f + " in \"" + sentence + "\"");
                        }
                    }
                }
            }
        }
    }

    @Test
    void normalStudiesSayNoAcuteProcess() {
        for (long seed = 0; seed < 50; seed++) {
            String report = ReportWriter.write(world.patient(seed, "A", EnumSet.noneOf(Finding.class)));
            assertTrue(report.contains("No acute cardiopulmonary"), report);
        }
        String sick = ReportWriter.write(world.patient(3, "A", EnumSet.of(Finding.EDEMA)));
        assertTrue(!sick.contains("No acute"), sick);
    }

    @Test
    void wordingVariesAcrossPatientsButIsFixedPerSeed() {
        Set<String> wordings = new HashSet<>();
        for (long seed = 0; seed < 40; seed++) {
            wordings.add(ReportWriter.write(world.patient(seed, "A", EnumSet.of(Finding.CARDIOMEGALY))));
        }
        assertTrue(wordings.size() >= 3, "only " + wordings);
        PhantomCase k = world.patient(9, "B", EnumSet.of(Finding.PNEUMOTHORAX, Finding.CHEST_TUBE));
        assertEquals(ReportWriter.write(k), ReportWriter.write(k));
    }

    @Test
    void pneumothoraxSentenceNamesSideAndSize() {
        PhantomCase k = world.patient(12, "A", EnumSet.of(Finding.PNEUMOTHORAX));
        var p = k.geometry(Finding.PNEUMOTHORAX, FindingGeometry.Pneumothorax.class);
        String report = ReportWriter.write(k).toLowerCase();
        assertTrue(report.contains(p.side().word()), report);
        assertTrue(report.contains(p.size()), report);
    }

    @Test
    void counterfactualChangesOnlyTheSentenceOfTheChangedFinding() {
        PhantomCase both = world.patient(14, "A", EnumSet.of(Finding.EDEMA, Finding.CARDIOMEGALY));
        String withBoth = ReportWriter.write(both);
        String edemaOnly = ReportWriter.write(both.with(Finding.CARDIOMEGALY, false));
        assertTrue(withBoth.startsWith(edemaOnly), "\"" + withBoth + "\" vs \"" + edemaOnly + "\"");
    }
}
