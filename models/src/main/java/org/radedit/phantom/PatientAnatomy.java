package org.radedit.phantom;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One patient's body, all in normalized image coordinates (x right, y down, in [0, 1]), sampled
 * from a seed. It holds no pixels: a {@link PhantomRenderer} draws it at any resolution.
 *
 * @param seed           the seed it was sampled from
 * @param centerX        the body's (and spine's) midline
 * @param halfWidth      half the chest width at the widest
 * @param shoulderY      where the neck widens into the shoulders
 * @param neckHalfWidth  half the neck width
 * @param rightLung      the patient's right lung (image left)
 * @param leftLung       the patient's left lung (image right)
 * @param heart          the normal heart (cardiomegaly enlarges it, see {@link #enlargedHeart})
 * @param aorticKnobX    the aortic knob, a small bulge of the mediastinum above the heart
 * @param aorticKnobY
 * @param aorticKnobR
 * @param carinaY        where the trachea splits
 * @param spineHalfWidth half the width of the vertebral bodies
 * @param vertebraHeight height of one vertebra including its disc
 * @param bones          posterior and anterior ribs and the two clavicles
 * @param vessels        the branching pulmonary vessels of both lungs
 */
public record PatientAnatomy(long seed, double centerX, double halfWidth, double shoulderY,
                             double neckHalfWidth, LungShape rightLung, LungShape leftLung,
                             HeartShape heart, double aorticKnobX, double aorticKnobY,
                             double aorticKnobR, double carinaY, double spineHalfWidth,
                             double vertebraHeight, List<BoneBand> bones, List<VesselSegment> vessels) {

    public PatientAnatomy {
        bones = List.copyOf(bones);
        vessels = List.copyOf(vessels);
    }

    public LungShape lung(Side side) {
        return side == Side.RIGHT ? rightLung : leftLung;
    }

    /** Half the body width on row y: the neck at the top, widening into the shoulders, a slight waist below. */
    public double bodyHalfWidthAt(double y) {
        double t = Math.min(1, Math.max(0, (y - (shoulderY - 0.07)) / 0.13));
        double shoulders = t * t * (3 - 2 * t);
        double waist = 1 - 0.08 * Math.max(0, (y - 0.8) / 0.2);
        return neckHalfWidth + (halfWidth * waist - neckHalfWidth) * shoulders;
    }

    /** The heart of this patient with cardiomegaly: grown toward the left (image right) and down. */
    public HeartShape enlargedHeart(double scale) {
        // Anchor inside the heart near its right border (image left), so the heart grows
        // leftward and downward, and the enlarged heart contains the normal one.
        double ax = heart.cx() - 0.55 * heart.a() * Math.cos(heart.angle());
        double ay = heart.cy() - 0.55 * heart.a() * Math.sin(heart.angle());
        return heart.scaledAbout(ax, ay, scale);
    }

    /** Samples a patient. The same seed always gives the same patient. */
    public static PatientAnatomy sample(long seed) {
        SplittableRandom r = Seeds.stream(seed, Seeds.ANATOMY);
        double cx = 0.5 + r.nextDouble(-0.012, 0.012);
        double halfWidth = r.nextDouble(0.41, 0.455);
        double shoulderY = r.nextDouble(0.07, 0.10);
        double neck = r.nextDouble(0.085, 0.105);
        double apexY = r.nextDouble(0.085, 0.12);
        double baseY = r.nextDouble(0.76, 0.81);
        double lungReach = halfWidth - r.nextDouble(0.045, 0.06);   // midline to the lateral lung wall
        double dome = r.nextDouble(0.06, 0.085);

        LungShape right = lung(Side.RIGHT, r, cx, apexY, baseY, lungReach, 0.055, dome);
        LungShape left = lung(Side.LEFT, r, cx, apexY + r.nextDouble(-0.005, 0.01), baseY + r.nextDouble(0.005, 0.025),
                lungReach, 0.06, dome * 0.85);

        // Heart: sits on the left hemidiaphragm, apex pointing down and to the image right.
        double heartA = r.nextDouble(0.16, 0.18);
        double heartB = r.nextDouble(0.11, 0.125);
        HeartShape heart = new HeartShape(cx + r.nextDouble(0.035, 0.055), baseY - r.nextDouble(0.125, 0.145),
                heartA, heartB, r.nextDouble(0.3, 0.45));

        double knobX = cx + r.nextDouble(0.045, 0.055);
        double knobY = apexY + r.nextDouble(0.2, 0.23);
        double knobR = r.nextDouble(0.022, 0.028);
        double carinaY = apexY + r.nextDouble(0.2, 0.24);

        List<BoneBand> bones = new ArrayList<>();
        for (Side side : Side.values()) {
            ribs(bones, r, side, cx, apexY, baseY, lungReach);
        }
        List<VesselSegment> vessels = new ArrayList<>();
        vessels(vessels, r, right);
        vessels(vessels, r, left);
        return new PatientAnatomy(seed, cx, halfWidth, shoulderY, neck, right, left, heart, knobX, knobY, knobR,
                carinaY, r.nextDouble(0.026, 0.032), r.nextDouble(0.05, 0.058), bones, vessels);
    }

    private static LungShape lung(Side side, SplittableRandom r, double cx, double apexY, double baseY,
                                  double lungReach, double mediastinumHalf, double dome) {
        int dir = side.imageDirection();
        double apexOffset = r.nextDouble(0.15, 0.175);          // midline to apex
        double apexX = cx + dir * apexOffset;
        double lateralWidth = (lungReach - apexOffset) / 1.08;   // lateralProfile reaches 1.08 at the base
        double medialWidth = apexOffset - mediastinumHalf - r.nextDouble(0.0, 0.01);
        double hilumX = apexX - dir * r.nextDouble(0.055, 0.07);
        double hilumY = apexY + (baseY - apexY) * (side == Side.LEFT ? r.nextDouble(0.38, 0.42) : r.nextDouble(0.42, 0.47));
        return new LungShape(side, apexX, apexY, baseY, lateralWidth, medialWidth, dome, hilumX, hilumY);
    }

    /** Ten posterior ribs, six anterior ribs and a clavicle on one side. */
    private static void ribs(List<BoneBand> out, SplittableRandom r, Side side, double cx, double apexY,
                             double baseY, double lungReach) {
        int dir = side.imageDirection();
        double spacing = (baseY - apexY) / 9.0;
        double first = apexY - 0.01 + r.nextDouble(-0.01, 0.01);
        for (int k = 0; k < 10; k++) {
            double y0 = first + k * spacing;
            double reach = lungReach * Math.min(1.08, 0.5 + 0.13 * k) + 0.015;
            out.add(new BoneBand(BoneBand.Kind.POSTERIOR_RIB, cx + dir * 0.03, cx + dir * reach, y0,
                    r.nextDouble(0.025, 0.035), 0.07 + 0.006 * k, r.nextDouble(0.019, 0.024), 0.17));
        }
        for (int k = 0; k < 6; k++) {
            double yLateral = apexY + 0.05 + k * spacing * 1.25;
            double lateral = lungReach * Math.min(1.05, 0.72 + 0.1 * k);
            out.add(new BoneBand(BoneBand.Kind.ANTERIOR_RIB, cx + dir * lateral, cx + dir * 0.1, yLateral,
                    0.07 + 0.01 * k, 0, r.nextDouble(0.017, 0.022), 0.1));
        }
        double clavicleY = apexY + r.nextDouble(0.07, 0.09);
        out.add(new BoneBand(BoneBand.Kind.CLAVICLE, cx + dir * 0.035, cx + dir * (lungReach + 0.04), clavicleY,
                r.nextDouble(0.06, 0.09), 0, r.nextDouble(0.028, 0.034), 0.4));
    }

    /** Six main vessels fan out from the hilum, each branching three times into thinner, fainter ones. */
    private static void vessels(List<VesselSegment> out, SplittableRandom r, LungShape lung) {
        double[] angles = {-1.3, -0.85, -0.4, 0.05, 0.5, 0.95};   // radians below "straight lateral"
        for (double angle : angles) {
            branch(out, r, lung.side().imageDirection(), lung.hilumX(), lung.hilumY(),
                    angle + r.nextDouble(-0.15, 0.15), r.nextDouble(0.06, 0.08), 0.013, 0.34, 3);
        }
    }

    private static void branch(List<VesselSegment> out, SplittableRandom r, int dir, double x, double y,
                               double angle, double length, double width, double strength, int depth) {
        double x1 = x + dir * Math.cos(angle) * length;
        double y1 = y + Math.sin(angle) * length;
        out.add(new VesselSegment(x, y, x1, y1, width, strength));
        if (depth == 0) {
            return;
        }
        double spread = r.nextDouble(0.25, 0.5);
        branch(out, r, dir, x1, y1, angle - spread, length * r.nextDouble(0.65, 0.82), width * 0.72, strength * 0.82, depth - 1);
        branch(out, r, dir, x1, y1, angle + spread, length * r.nextDouble(0.65, 0.82), width * 0.72, strength * 0.82, depth - 1);
    }
}
