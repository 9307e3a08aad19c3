package org.radedit.studies;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.radedit.phantom.Finding;
import org.radedit.data.StudyRecord;
import org.radedit.phantom.Cohort;
import org.radedit.phantom.CohortSpec;
import org.radedit.phantom.PhantomSample;
import org.radedit.phantom.PhantomWorld;
import org.radedit.suite.LabelChange;

class PhantomTruthTest {

    private final PhantomWorld world = new PhantomWorld();
    private final Cohort cohort = world.cohort(CohortSpec.presentationBiased(200, 5));

    private PhantomSample firstWith(Finding finding) {
        return cohort.stream().filter(s -> s.has(finding)).findFirst().orElseThrow();
    }

    @Test
    void aRecordIdLeadsBackToItsStudy() {
        PhantomSample s = cohort.get(17);
        assertEquals(s.record().id(), cohort.study(s.record().id()).orElseThrow().record().id());
        assertTrue(cohort.study("other-cohort-3").isEmpty());
        assertTrue(cohort.study(cohort.spec().name() + "-200").isEmpty(), "past the end");
        assertTrue(cohort.study(cohort.spec().name() + "-x").isEmpty());
    }

    @Test
    void theCounterfactualIsTheWorldsOwn() {
        PhantomSample s = firstWith(Finding.PNEUMOTHORAX);
        var source = new PhantomTruth(cohort).counterfactuals();
        float[] expected = world.counterfactual(s, Finding.PNEUMOTHORAX, false).image().pixels();
        assertArrayEquals(expected, source.counterfactual(s.record(), LabelChange.removes(Finding.PNEUMOTHORAX)).pixels());
        StudyRecord foreign = world.sample(3, "A", Finding.PNEUMOTHORAX).record();
        assertNull(source.counterfactual(foreign, LabelChange.removes(Finding.PNEUMOTHORAX)), "not this cohort's record");
    }

    @Test
    void placeOfIsWhereTheWorldWouldDrawTheFinding() {
        PhantomSample s = cohort.stream().filter(x -> !x.has(Finding.PACEMAKER)).findFirst().orElseThrow();
        var place = new PhantomTruth(cohort).placeOf(Finding.PACEMAKER).resolve(s.record());
        var drawn = world.counterfactual(s, Finding.PACEMAKER, true).mask(Finding.PACEMAKER);
        assertEquals(drawn, place);
        assertTrue(place.area() > 20, "a device and its lead: " + place.area() + " px");
        var e = assertThrows(IllegalArgumentException.class, () -> new PhantomTruth(cohort).placeOf(Finding.EDEMA)
                .resolve(world.sample(3, "A").record()));
        assertTrue(e.getMessage().endsWith("is not from cohort " + cohort.spec().name()), e.getMessage());
    }
}
