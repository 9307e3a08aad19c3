package org.radedit.phantom;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.radedit.phantom.FindingGeometry.Blob;
import org.radedit.phantom.FindingGeometry.Lobe;

/**
 * Samples where a finding sits in a given patient. Each finding draws from its own stream of the
 * patient's seed, so its geometry does not depend on which other findings are present. The
 * pneumothorax and the chest tube share one "pleural side", so a tube always drains the side
 * where a pneumothorax would be.
 */
public final class FindingSampler {

    private FindingSampler() {
    }

    public static FindingGeometry sample(Finding finding, PatientAnatomy a, long seed) {
        SplittableRandom r = Seeds.stream(seed, Seeds.FINDING + finding.ordinal());
        return switch (finding) {
            case PNEUMOTHORAX -> pneumothorax(r, pleuralSide(seed));
            case CHEST_TUBE -> chestTube(r, a, pleuralSide(seed));
            case PACEMAKER -> pacemaker(r, a);
            case EDEMA -> new FindingGeometry.Edema(r.nextDouble(0.12, 0.16), r.nextDouble(0.16, 0.22),
                    r.nextDouble(0.55, 0.75));
            case CONSOLIDATION -> consolidation(r, a);
            case COVID -> covid(r, a);
            case CARDIOMEGALY -> new FindingGeometry.Cardiomegaly(r.nextDouble(1.25, 1.42));
        };
    }

    /** The side of the chest a pneumothorax (and its drain) is on, for this patient. */
    public static Side pleuralSide(long seed) {
        return Seeds.stream(seed, Seeds.PLEURAL_SIDE).nextBoolean() ? Side.RIGHT : Side.LEFT;
    }

    private static FindingGeometry pneumothorax(SplittableRandom r, Side side) {
        double depth = r.nextDouble(0.025, 0.09);
        double extent = depth < 0.045 ? r.nextDouble(0.45, 0.6) : r.nextDouble(0.62, 0.9);
        return new FindingGeometry.Pneumothorax(side, depth, extent);
    }

    /** From outside the body through the lateral chest wall, then up along the wall to the apex. */
    private static FindingGeometry chestTube(SplittableRandom r, PatientAnatomy a, Side side) {
        LungShape lung = a.lung(side);
        int dir = side.imageDirection();
        double h = lung.height();
        double entryY = lung.apexY() + r.nextDouble(0.66, 0.76) * h;
        double skinX = a.centerX() + dir * a.bodyHalfWidthAt(entryY);
        double wallX = lung.imageX(lung.lateralEdge(entryY));
        double tipX = lung.imageX(r.nextDouble(-0.01, 0.03));
        double tipY = lung.apexY() + r.nextDouble(0.07, 0.12) * h;
        Path path = Path.cubic(skinX + dir * 0.05, entryY + 0.08,
                wallX - dir * r.nextDouble(0.05, 0.08), entryY - 0.03,
                wallX - dir * r.nextDouble(0.02, 0.04), lung.apexY() + 0.25 * h,
                tipX, tipY, 48);
        return new FindingGeometry.ChestTube(side, path, r.nextDouble(0.012, 0.015), r.nextInt(0, 3), 1.0);
    }

    /**
     * Generator in the left infraclavicular pocket, projected over the upper lateral lung (image
     * right); a slack loop of lead below it, then the lead across the upper lung to the superior
     * vena cava and down into the right heart.
     */
    private static FindingGeometry pacemaker(SplittableRandom r, PatientAnatomy a) {
        double cx = a.centerX();
        LungShape lung = a.leftLung();
        double gy = lung.apexY() + r.nextDouble(0.13, 0.2) * lung.height();
        double gx = lung.imageX(lung.lateralEdge(gy) * r.nextDouble(0.5, 0.75));
        double w = r.nextDouble(0.09, 0.11);
        double h = r.nextDouble(0.065, 0.08);
        HeartShape heart = a.heart();   // the normal heart, so leads do not move with cardiomegaly
        double atriumX = heart.axisX(-0.55);
        double atriumY = heart.axisY(-0.55);
        double svcX = cx - r.nextDouble(0.02, 0.035);
        double svcY = atriumY - r.nextDouble(0.07, 0.09);
        double sag = r.nextDouble(0.05, 0.08);   // how far the slack loop hangs below the generator
        Path loop = Path.cubic(gx + 0.1 * w, gy + 0.4 * h, gx + 0.45 * w, gy + 0.5 * h + sag,
                gx - 0.7 * w, gy + 0.5 * h + sag, gx - 0.6 * w, gy, 16);
        Path toSvc = Path.cubic(gx - 0.6 * w, gy, gx - 0.6 * w - 0.03, gy - 0.05, cx + 0.05, svcY - 0.08,
                svcX, svcY, 24);
        Path ventricular = Path.cubic(svcX, svcY, svcX, svcY + 0.07, atriumX + 0.02, atriumY + 0.06,
                heart.axisX(0.6), heart.axisY(0.6) + 0.01, 24);
        List<Path> leads = new ArrayList<>();
        leads.add(loop.then(toSvc).then(ventricular));
        if (r.nextBoolean()) {   // dual chamber: a second lead hooks up into the right atrial appendage
            Path atrial = Path.cubic(svcX, svcY, svcX - 0.005, svcY + 0.05, atriumX + 0.02, atriumY + 0.04,
                    atriumX + 0.04, atriumY - 0.015, 16);
            leads.add(toSvc.then(atrial));
        }
        return new FindingGeometry.Pacemaker(gx, gy, w, h, leads);
    }

    private static FindingGeometry consolidation(SplittableRandom r, PatientAnatomy a) {
        Side side = r.nextBoolean() ? Side.RIGHT : Side.LEFT;
        Lobe[] lobes = side == Side.RIGHT ? Lobe.values() : new Lobe[] {Lobe.UPPER, Lobe.LOWER};
        Lobe lobe = lobes[r.nextInt(lobes.length)];
        double fissure = switch (lobe) {
            case UPPER -> r.nextDouble(0.38, 0.46);    // lower border of an upper-lobe opacity
            case MIDDLE -> r.nextDouble(0.42, 0.48);   // the horizontal fissure, upper border
            case LOWER -> r.nextDouble(0.5, 0.58);     // fuzzy upper border of a lower-lobe opacity
        };
        LungShape lung = a.lung(side);
        double centerT = switch (lobe) {
            case UPPER -> fissure * 0.6;
            case MIDDLE -> fissure + 0.18;
            case LOWER -> (fissure + 1) / 2;
        };
        double centerY = lung.apexY() + centerT * lung.height();
        double centerX = lung.imageX(lobe == Lobe.MIDDLE ? 0 : lung.lateralEdge(centerY) * 0.35);
        // Air bronchograms: short dark branches running from the hilum side into the opacity.
        List<VesselSegment> bronchi = new ArrayList<>();
        int count = 2 + r.nextInt(2);
        for (int k = 0; k < count; k++) {
            double f = r.nextDouble(0.35, 0.6);
            double x0 = lung.hilumX() + f * (centerX - lung.hilumX()) + r.nextDouble(-0.02, 0.02);
            double y0 = lung.hilumY() + f * (centerY - lung.hilumY()) + r.nextDouble(-0.02, 0.02);
            double angle = Math.atan2(centerY - y0, centerX - x0) + r.nextDouble(-0.5, 0.5);
            double len = r.nextDouble(0.05, 0.08);
            double x1 = x0 + Math.cos(angle) * len;
            double y1 = y0 + Math.sin(angle) * len;
            bronchi.add(new VesselSegment(x0, y0, x1, y1, 0.012, 1));
            for (int sign = -1; sign <= 1; sign += 2) {
                double a2 = angle + sign * r.nextDouble(0.3, 0.6);
                bronchi.add(new VesselSegment(x1, y1, x1 + Math.cos(a2) * len * 0.6, y1 + Math.sin(a2) * len * 0.6,
                        0.009, 1));
            }
        }
        return new FindingGeometry.Consolidation(side, lobe, fissure, r.nextDouble(0.85, 1.0), bronchi);
    }

    /** Two to four soft blobs along the lateral wall of each lower lung. */
    private static FindingGeometry covid(SplittableRandom r, PatientAnatomy a) {
        List<Blob> blobs = new ArrayList<>();
        for (Side side : Side.values()) {
            LungShape lung = a.lung(side);
            int count = 2 + r.nextInt(3);
            for (int k = 0; k < count; k++) {
                double y = lung.apexY() + r.nextDouble(0.5, 0.92) * lung.height();
                double x = lung.imageX(lung.lateralEdge(y) - r.nextDouble(0.02, 0.06));
                blobs.add(new Blob(x, y, r.nextDouble(0.045, 0.075), r.nextDouble(0.05, 0.09)));
            }
        }
        return new FindingGeometry.CovidPattern(blobs, r.nextDouble(0.55, 0.75));
    }
}
