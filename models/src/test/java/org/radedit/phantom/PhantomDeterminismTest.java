package org.radedit.phantom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.radedit.image.Image;

class PhantomDeterminismTest {
    private final PhantomWorld world = new PhantomWorld();

    @Test
    void sameSeedGivesIdenticalPixelsMasksAndReport() {
        PhantomSample a = world.sample(5, "A", Finding.PNEUMOTHORAX, Finding.CHEST_TUBE, Finding.EDEMA);
        PhantomSample b = new PhantomWorld().sample(5, "A", Finding.PNEUMOTHORAX, Finding.CHEST_TUBE, Finding.EDEMA);
        assertEquals(a.image(), b.image());
        assertEquals(a.record().findingMasks(), b.record().findingMasks());
        assertEquals(a.record().anatomyMasks(), b.record().anatomyMasks());
        assertEquals(a.markerMask(), b.markerMask());
        assertEquals(a.report(), b.report());
    }

    @Test
    void differentSeedsGiveDifferentPatients() {
        Image a = world.sample(1, "A").image();
        Image b = world.sample(2, "A").image();
        int differing = PixelChecks.count(PixelChecks.differing(a, b));
        assertTrue(differing > a.size() / 2, "only " + differing + " pixels differ between two patients");
        assertNotEquals(PatientAnatomy.sample(1), PatientAnatomy.sample(2));
    }

    @Test
    void cohortStudyDependsOnlyOnItsIndexNotOnOrderOrCohortSize() {
        Cohort small = world.cohort(CohortSpec.general(10, 3));
        Cohort large = world.cohort(CohortSpec.general(500, 3));
        PhantomSample lateFirst = large.get(7);
        for (int i = 9; i >= 0; i--) {
            small.get(i);
        }
        assertEquals(small.get(7).image(), lateFirst.image());
        assertEquals(small.get(7).report(), lateFirst.report());
        assertEquals(small.caseAt(7).findingSet(), large.caseAt(7).findingSet());
    }

    @Test
    void pixelsLieInUnitRangeAndTheBodyIsBrighterThanTheLungs() {
        PhantomSample s = world.sample(9, "C", Finding.PACEMAKER, Finding.COVID);
        for (float p : s.image().pixels()) {
            assertTrue(p >= 0f && p <= 1f, "pixel " + p);
        }
        var lungs = s.mask(org.radedit.data.Anatomy.LUNGS);
        var body = s.mask(org.radedit.data.Anatomy.BODY);
        double lung = 0;
        double tissue = 0;
        int nl = 0;
        int nt = 0;
        for (int k = 0; k < s.image().size(); k++) {
            if (lungs.values()[k] > 0) {
                lung += s.image().pixels()[k];
                nl++;
            } else if (body.values()[k] > 0) {
                tissue += s.image().pixels()[k];
                nt++;
            }
        }
        assertTrue(lung / nl + 0.15 < tissue / nt, "lungs " + lung / nl + " vs soft tissue " + tissue / nt);
    }

    @Test
    void rendersAtOtherResolutionsWithMatchingMasks() {
        for (int size : new int[] {64, 256}) {
            PhantomSample s = new PhantomWorld(size).sample(4, "B", Finding.PNEUMOTHORAX, Finding.PACEMAKER);
            assertEquals(size, s.image().width());
            assertEquals(size, s.mask(Finding.PNEUMOTHORAX).width());
            assertTrue(PixelChecks.count(s.mask(Finding.PACEMAKER)) > 0);
            assertTrue(PixelChecks.count(s.mask(org.radedit.data.Anatomy.LUNGS)) > size * size / 8);
        }
    }
}
