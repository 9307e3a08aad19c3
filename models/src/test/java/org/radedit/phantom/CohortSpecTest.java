package org.radedit.phantom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.radedit.data.Dataset;
import org.radedit.data.StudyRecord;

/** Cohorts are checked on their cases (labels and sites), which need no rendering. */
class CohortSpecTest {
    private final PhantomWorld world = new PhantomWorld();

    @Test
    void acquisitionBiasedTakesAllCovidPositivesFromSiteBAndNegativesFromSiteA() {
        Cohort c = world.cohort(CohortSpec.acquisitionBiased(400, 1));
        int positives = 0;
        for (int i = 0; i < c.size(); i++) {
            PhantomCase k = c.caseAt(i);
            assertEquals(k.has(Finding.COVID) ? "B" : "A", k.site(), "study " + i);
            positives += k.has(Finding.COVID) ? 1 : 0;
        }
        assertTrue(positives > 160 && positives < 240, positives + " COVID+ of 400");
    }

    @Test
    void acquisitionBalancedMixesSitesWithinEachClass() {
        Cohort c = world.cohort(CohortSpec.acquisitionBalanced(400, 1));
        int[][] counts = new int[2][2];   // [covid][site B]
        for (int i = 0; i < c.size(); i++) {
            PhantomCase k = c.caseAt(i);
            counts[k.has(Finding.COVID) ? 1 : 0][k.site().equals("B") ? 1 : 0]++;
        }
        for (int[] row : counts) {
            for (int n : row) {
                assertTrue(n > 60, "each class should come from both sites: " + java.util.Arrays.deepToString(counts));
            }
        }
    }

    @Test
    void presentationBiasedGivesNearlyEveryPneumothoraxAChestTube() {
        Cohort c = world.cohort(CohortSpec.presentationBiased(1000, 2));
        int ptx = 0;
        int ptxTube = 0;
        int noPtx = 0;
        int noPtxTube = 0;
        for (int i = 0; i < c.size(); i++) {
            PhantomCase k = c.caseAt(i);
            boolean tube = k.has(Finding.CHEST_TUBE);
            if (k.has(Finding.PNEUMOTHORAX)) {
                ptx++;
                ptxTube += tube ? 1 : 0;
            } else {
                noPtx++;
                noPtxTube += tube ? 1 : 0;
            }
        }
        assertEquals(0.99, (double) ptxTube / ptx, 0.015);
        assertEquals(0.01, (double) noPtxTube / noPtx, 0.015);
        assertEquals(0.5, (double) ptx / c.size(), 0.06);
    }

    @Test
    void presentationBalancedMakesTubeIndependentOfPneumothorax() {
        Cohort c = world.cohort(CohortSpec.presentationBalanced(1000, 2));
        int ptx = 0;
        int ptxTube = 0;
        int tubes = 0;
        for (int i = 0; i < c.size(); i++) {
            PhantomCase k = c.caseAt(i);
            tubes += k.has(Finding.CHEST_TUBE) ? 1 : 0;
            if (k.has(Finding.PNEUMOTHORAX)) {
                ptx++;
                ptxTube += k.has(Finding.CHEST_TUBE) ? 1 : 0;
            }
        }
        assertEquals((double) tubes / c.size(), (double) ptxTube / ptx, 0.07);
    }

    @Test
    void tubeDrainsTheSideOfThePneumothorax() {
        Cohort c = world.cohort(CohortSpec.presentationBiased(200, 3));
        for (int i = 0; i < c.size(); i++) {
            PhantomCase k = c.caseAt(i);
            if (k.has(Finding.PNEUMOTHORAX) && k.has(Finding.CHEST_TUBE)) {
                assertEquals(k.geometry(Finding.PNEUMOTHORAX, FindingGeometry.Pneumothorax.class).side(),
                        k.geometry(Finding.CHEST_TUBE, FindingGeometry.ChestTube.class).side());
            }
        }
    }

    @Test
    void populationCleanHasNoDevicesOrOpacities() {
        Cohort c = world.cohort(CohortSpec.populationClean(300, 4));
        for (int i = 0; i < c.size(); i++) {
            assertTrue(c.caseAt(i).findings().isEmpty(), "study " + i + " has " + c.caseAt(i).findingSet());
        }
        Cohort diverse = world.cohort(CohortSpec.populationDiverse(300, 4));
        long withPacemaker = java.util.stream.IntStream.range(0, 300)
                .filter(i -> diverse.caseAt(i).has(Finding.PACEMAKER)).count();
        assertTrue(withPacemaker > 40, withPacemaker + " pacemakers in the diverse cohort");
    }

    @Test
    void balancedCohortHasTheFindingInExactlyHalf() {
        Cohort c = world.cohort(CohortSpec.balanced(Finding.EDEMA, 101, 5));
        int n = 0;
        for (int i = 0; i < c.size(); i++) {
            EnumSet<Finding> labels = c.labelsAt(i);
            assertEquals(i % 2 == 0, labels.contains(Finding.EDEMA));
            n += labels.size();
        }
        assertEquals(51, n, "nothing but edema");
    }

    @Test
    void siteMixFollowsItsWeights() {
        Cohort c = world.cohort(CohortSpec.normals("x", 2000, 6).withSites(Map.of("A", 3.0, "C", 1.0)));
        long a = java.util.stream.IntStream.range(0, 2000).filter(i -> c.caseAt(i).site().equals("A")).count();
        assertEquals(0.75, a / 2000.0, 0.04);
    }

    @Test
    void datasetRendersTheCohortLazily() {
        Dataset d = world.dataset(CohortSpec.general(5, 7));
        int n = 0;
        for (StudyRecord r : d) {
            assertEquals("general-" + n, r.id());
            assertEquals(128, r.image().width());
            n++;
        }
        assertEquals(5, n);
        assertEquals("general", d.name());
    }

    @Test
    void rejectsProbabilitiesOutsideTheUnitInterval() {
        assertThrows(IllegalArgumentException.class, () -> CohortSpec.general(10, 1).withPrevalence(Finding.EDEMA, 1.5));
    }

    @Test
    void faintTubesVaryInOpacityButKeepTheirMaskAndTheRestOfTheImage() {
        CohortSpec spec = CohortSpec.normals("tubes", 200, 5).withPrevalence(Finding.CHEST_TUBE, 1.0);
        Cohort standard = world.cohort(spec);
        Cohort faint = world.cohort(spec.withFaintestTube(0.1));
        double lowest = 1;
        double highest = 0;
        for (int i = 0; i < faint.size(); i++) {
            double o = faint.caseAt(i).geometry(Finding.CHEST_TUBE, FindingGeometry.ChestTube.class).opacity();
            assertTrue(o >= 0.1 && o <= 1, "opacity " + o);
            lowest = Math.min(lowest, o);
            highest = Math.max(highest, o);
            assertEquals(1.0, standard.caseAt(i).geometry(Finding.CHEST_TUBE, FindingGeometry.ChestTube.class).opacity());
        }
        assertTrue(lowest < 0.2 && highest > 0.9, "spread over [0.1, 1]: " + lowest + " .. " + highest);

        PhantomSample full = standard.get(0);
        PhantomSample weak = faint.get(0);
        PhantomSample none = world.render(standard.caseAt(0).with(Finding.CHEST_TUBE, false));
        double o = faint.caseAt(0).geometry(Finding.CHEST_TUBE, FindingGeometry.ChestTube.class).opacity();
        assertTrue(o < 0.95, "study 0 should have a faint tube, opacity " + o);
        assertEquals(java.util.Arrays.toString(full.mask(Finding.CHEST_TUBE).values()),
                java.util.Arrays.toString(weak.mask(Finding.CHEST_TUBE).values()), "same tube mask");
        float[] m = full.mask(Finding.CHEST_TUBE).values();
        double fullContrast = 0;
        double weakContrast = 0;
        for (int k = 0; k < m.length; k++) {
            if (m[k] > 0.5f) {
                fullContrast += full.image().pixels()[k] - none.image().pixels()[k];
                weakContrast += weak.image().pixels()[k] - none.image().pixels()[k];
            }
        }
        assertTrue(weakContrast > 0 && weakContrast < fullContrast * (o + 1) / 2,
                "a fainter tube adds less brightness: " + weakContrast + " vs " + fullContrast);
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> spec.withFaintestTube(0));
        assertEquals("faintestTube must lie in (0, 1], got 0.0", bad.getMessage());
    }
}
