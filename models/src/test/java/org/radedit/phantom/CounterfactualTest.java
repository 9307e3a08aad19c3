package org.radedit.phantom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.radedit.data.Anatomy;
import org.radedit.image.Mask;

class CounterfactualTest {
    private final PhantomWorld world = new PhantomWorld();

    /** Each finding alone and together with all others, at each site, on a few patients. */
    static Stream<Arguments> findingCases() {
        return Stream.of(Finding.values()).flatMap(f -> Stream.of(
                Arguments.of(f, 101L, "A", false),
                Arguments.of(f, 102L, "B", false),
                Arguments.of(f, 103L, "C", true),
                Arguments.of(f, 104L, "B", true)));
    }

    @ParameterizedTest(name = "{0}, seed {1}, site {2}, with all other findings: {3}")
    @MethodSource("findingCases")
    void findingChangesPixelsOnlyInsideItsMaskGrownByTheBlurRadius(Finding f, long seed, String site, boolean crowded) {
        EnumSet<Finding> findings = crowded ? EnumSet.allOf(Finding.class) : EnumSet.of(f);
        PhantomSample with = world.render(world.patient(seed, site, findings));
        PhantomSample without = world.counterfactual(with, f, false);
        Mask mask = with.mask(f);
        boolean[] differs = PixelChecks.differing(with.image(), without.image());
        boolean[] allowed = PixelChecks.dilateSquare(mask, with.blurRadius());
        int outside = 0;
        int insideMask = 0;
        for (int k = 0; k < differs.length; k++) {
            if (differs[k] && !allowed[k]) {
                outside++;
            }
            if (differs[k] && mask.values()[k] > 0) {
                insideMask++;
            }
        }
        assertEquals(0, outside, "pixels changed outside the " + f + " mask grown by " + with.blurRadius());
        int maskPixels = PixelChecks.count(mask);
        assertTrue(maskPixels > 0, f + " has an empty mask");
        assertTrue(insideMask > 0.2 * maskPixels,
                f + " changed only " + insideMask + " of its " + maskPixels + " mask pixels");
    }

    @Test
    void blurRadiusIsTight() {
        // The allowance is not vacuous: with radius 0 the change leaks out of the bare mask.
        PhantomSample with = world.sample(7, "B", Finding.CHEST_TUBE);
        PhantomSample without = world.counterfactual(with, Finding.CHEST_TUBE, false);
        boolean[] differs = PixelChecks.differing(with.image(), without.image());
        boolean[] bare = PixelChecks.dilateSquare(with.mask(Finding.CHEST_TUBE), 0);
        boolean leaks = false;
        for (int k = 0; k < differs.length; k++) {
            leaks |= differs[k] && !bare[k];
        }
        assertTrue(leaks, "blur should spread the tube a little beyond its mask");
        assertTrue(with.blurRadius() >= 1);
    }

    @ParameterizedTest
    @EnumSource(Finding.class)
    void removingAFindingGivesExactlyTheRenderWithoutIt(Finding f) {
        EnumSet<Finding> all = EnumSet.allOf(Finding.class);
        PhantomSample with = world.render(world.patient(55, "A", all));
        EnumSet<Finding> rest = EnumSet.copyOf(all);
        rest.remove(f);
        PhantomSample direct = world.render(world.patient(55, "A", rest));
        PhantomSample removed = world.counterfactual(with, f, false);
        assertEquals(direct.image(), removed.image());
        assertEquals(direct.record().findingMasks(), removed.record().findingMasks());
        assertEquals(rest, removed.findings());
        assertEquals(with.image(), world.counterfactual(removed, f, true).image(), "adding it back restores the image");
    }

    @Test
    void findingFreeRenderIsTheNormalPatient() {
        PhantomSample sick = world.render(world.patient(8, "C", EnumSet.allOf(Finding.class)));
        assertEquals(world.sample(8, "C").image(), world.findingFree(sick).image());
    }

    @ParameterizedTest
    @EnumSource(Finding.class)
    void lungAndBodyMasksAreTheSameWithAndWithoutFindings(Finding f) {
        PhantomSample normal = world.sample(21, "A");
        PhantomSample sick = world.counterfactual(normal, f, true);
        for (Anatomy a : List.of(Anatomy.LUNGS, Anatomy.LEFT_LUNG, Anatomy.RIGHT_LUNG, Anatomy.BODY)) {
            assertEquals(normal.mask(a), sick.mask(a), a + " mask changed when adding " + f);
        }
        assertEquals(normal.markerMask(), sick.markerMask());
    }

    @Test
    void removingThePneumothoraxKeepsTheChestTubeExactly() {
        PhantomSample both = world.sample(31, "A", Finding.PNEUMOTHORAX, Finding.CHEST_TUBE);
        PhantomSample tubeOnly = world.counterfactual(both, Finding.PNEUMOTHORAX, false);
        assertEquals(both.mask(Finding.CHEST_TUBE), tubeOnly.mask(Finding.CHEST_TUBE));
        assertFalse(tubeOnly.has(Finding.PNEUMOTHORAX));
        assertTrue(tubeOnly.report().toLowerCase().contains("chest tube"));
    }

    @Test
    void findingsLookLikeWhatTheyAre() {
        // Pneumothorax rim is darker (air, no lung markings); devices and opacities are brighter.
        PhantomSample ptx = world.sample(61, "A", Finding.PNEUMOTHORAX);
        PhantomSample clear = world.counterfactual(ptx, Finding.PNEUMOTHORAX, false);
        assertTrue(PixelChecks.meanDifference(ptx.image(), clear.image(), ptx.mask(Finding.PNEUMOTHORAX)) < -0.03);
        for (Finding f : List.of(Finding.CHEST_TUBE, Finding.PACEMAKER, Finding.EDEMA, Finding.CONSOLIDATION,
                Finding.COVID, Finding.CARDIOMEGALY)) {
            PhantomSample s = world.sample(62, "A", f);
            double d = PixelChecks.meanDifference(s.image(), world.counterfactual(s, f, false).image(), s.mask(f));
            assertTrue(d > 0.03, f + " brightens its mask by only " + d);
        }
    }

    @Test
    void cardiomegalyEnlargesTheHeartMask() {
        PhantomSample normal = world.sample(71, "A");
        PhantomSample big = world.counterfactual(normal, Finding.CARDIOMEGALY, true);
        Mask heart = normal.mask(Anatomy.HEART);
        Mask bigHeart = big.mask(Anatomy.HEART);
        for (int k = 0; k < heart.values().length; k++) {
            if (heart.values()[k] > 0) {
                assertTrue(bigHeart.values()[k] > 0, "enlarged heart must contain the normal heart");
            }
        }
        assertTrue(PixelChecks.count(bigHeart) > 1.4 * PixelChecks.count(heart));
        // The cardiomegaly mask is the enlarged heart, with its one-pixel antialiased border.
        Mask finding = big.mask(Finding.CARDIOMEGALY);
        boolean[] grown = PixelChecks.dilateSquare(bigHeart, 1);
        for (int k = 0; k < grown.length; k++) {
            if (bigHeart.values()[k] > 0) {
                assertTrue(finding.values()[k] > 0, "cardiomegaly mask must cover the enlarged heart");
            }
            if (finding.values()[k] > 0) {
                assertTrue(grown[k], "cardiomegaly mask reaches beyond the enlarged heart's border");
            }
        }
    }
}
