package org.radedit.phantom;

import java.util.List;

/**
 * Where and how a finding appears in one patient, in normalized image coordinates. Sampled by
 * {@link FindingSampler} from the patient's seed and the finding alone, so a finding looks the
 * same whichever other findings are present.
 */
public sealed interface FindingGeometry {

    Finding finding();

    /**
     * Air between chest wall and a collapsed lung, from the apex down the lateral wall.
     *
     * @param depth  gap at the apex (normalized units): the collapsed lung's apex is this much lower,
     *               its lateral wall this much further in
     * @param extent height fraction of the lung where the gap has closed (the rim tapers to 0 there)
     */
    record Pneumothorax(Side side, double depth, double extent) implements FindingGeometry {
        public Finding finding() {
            return Finding.PNEUMOTHORAX;
        }

        /** "small", "moderate" or "large", as a report would say. */
        public String size() {
            return depth < 0.04 ? "small" : depth < 0.065 ? "moderate" : "large";
        }

        public boolean apical() {
            return extent < 0.62;
        }
    }

    /**
     * A drain entering through the lateral chest wall and curving up to the apex; side holes near the
     * tip. {@code opacity} scales its density (1 = the world's standard tube).
     */
    record ChestTube(Side side, Path path, double width, int sideHoles, double opacity) implements FindingGeometry {
        public Finding finding() {
            return Finding.CHEST_TUBE;
        }

        public ChestTube withOpacity(double opacity) {
            return new ChestTube(side, path, width, sideHoles, opacity);
        }
    }

    /** A generator below the left clavicle and the leads running through the veins into the heart. */
    record Pacemaker(double x, double y, double width, double height, List<Path> leads) implements FindingGeometry {
        public Pacemaker {
            leads = List.copyOf(leads);
        }

        public Finding finding() {
            return Finding.PACEMAKER;
        }

        public boolean dualChamber() {
            return leads.size() > 1;
        }
    }

    /** Bilateral perihilar haze ("batwing"): an elliptical glow around each hilum. */
    record Edema(double radiusX, double radiusY, double strength) implements FindingGeometry {
        public Finding finding() {
            return Finding.EDEMA;
        }
    }

    /** A lobe's airspaces filled: dense, patchy opacity bounded by a fissure, with air bronchograms. */
    record Consolidation(Side side, Lobe lobe, double fissure, double strength, List<VesselSegment> bronchi)
            implements FindingGeometry {
        public Consolidation {
            bronchi = List.copyOf(bronchi);
        }

        public Finding finding() {
            return Finding.CONSOLIDATION;
        }
    }

    enum Lobe {
        UPPER, MIDDLE, LOWER;

        public String word() {
            return name().toLowerCase();
        }
    }

    /** Peripheral, bilateral, lower-zone ground glass: a few soft blobs along each lateral lung wall. */
    record CovidPattern(List<Blob> blobs, double strength) implements FindingGeometry {
        public CovidPattern {
            blobs = List.copyOf(blobs);
        }

        public Finding finding() {
            return Finding.COVID;
        }
    }

    /** An elliptical patch of opacity. */
    record Blob(double x, double y, double radiusX, double radiusY) {
    }

    /** The heart grown by {@code scale} (see {@link PatientAnatomy#enlargedHeart}). */
    record Cardiomegaly(double scale) implements FindingGeometry {
        public Finding finding() {
            return Finding.CARDIOMEGALY;
        }
    }
}
