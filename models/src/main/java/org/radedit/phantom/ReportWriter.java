package org.radedit.phantom;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.radedit.phantom.FindingGeometry.ChestTube;
import org.radedit.phantom.FindingGeometry.Consolidation;
import org.radedit.phantom.FindingGeometry.Lobe;
import org.radedit.phantom.FindingGeometry.Pacemaker;
import org.radedit.phantom.FindingGeometry.Pneumothorax;

/**
 * Writes the impression of a phantom study, the way radiologists phrase it, with varied wording.
 * Each finding picks its wording from its own stream of the case's seed, so a counterfactual
 * changes only the sentence of the finding that was added or removed. Every sentence about a
 * present finding contains {@link #keyword}; absent findings appear only in sentences that start
 * with "No" (e.g. "No residual pneumothorax." next to a chest tube).
 */
public final class ReportWriter {

    /** Acute findings first, then the heart, then devices: the usual order of an impression. */
    private static final Finding[] ORDER = {Finding.PNEUMOTHORAX, Finding.CONSOLIDATION, Finding.COVID,
        Finding.EDEMA, Finding.CARDIOMEGALY, Finding.CHEST_TUBE, Finding.PACEMAKER};

    private ReportWriter() {
    }

    /** The word every sentence about a present finding contains (case-insensitive). */
    public static String keyword(Finding finding) {
        return switch (finding) {
            case PNEUMOTHORAX -> "pneumothorax";
            case CHEST_TUBE -> "chest tube";
            case PACEMAKER -> "pacemaker";
            case EDEMA -> "edema";
            case CONSOLIDATION -> "consolidation";
            case COVID -> "COVID-19";
            case CARDIOMEGALY -> "cardiomegaly";
        };
    }

    public static String write(PhantomCase c) {
        List<String> sentences = new ArrayList<>();
        for (Finding f : ORDER) {
            if (c.has(f)) {
                sentences.add(sentence(c, f, Seeds.stream(c.seed(), Seeds.REPORT + f.ordinal())));
            }
        }
        SplittableRandom normal = Seeds.stream(c.seed(), Seeds.REPORT + 50);
        boolean tubeWithoutPneumothorax = c.has(Finding.CHEST_TUBE) && !c.has(Finding.PNEUMOTHORAX);
        if (tubeWithoutPneumothorax && normal.nextBoolean()) {
            sentences.add(pick(normal, "No residual pneumothorax.", "No pneumothorax."));
        }
        boolean onlyDevices = c.findings().keySet().stream()
                .allMatch(f -> f == Finding.CHEST_TUBE || f == Finding.PACEMAKER);
        if (c.findings().isEmpty()) {
            sentences.add(pick(normal, "No acute cardiopulmonary process.",
                    "No acute cardiopulmonary abnormality.",
                    "Lungs are clear. No acute cardiopulmonary process.",
                    "No acute cardiopulmonary process. No pneumothorax.",
                    "Heart size is normal and the lungs are clear. No acute cardiopulmonary abnormality."));
        } else if (onlyDevices && normal.nextBoolean()) {
            sentences.add("No acute cardiopulmonary process.");
        }
        return String.join(" ", sentences);
    }

    private static String sentence(PhantomCase c, Finding f, SplittableRandom r) {
        return switch (f) {
            case PNEUMOTHORAX -> {
                Pneumothorax p = c.geometry(f, Pneumothorax.class);
                String side = p.side().word();
                String size = p.size();
                String where = p.apical() ? " apical" : "";
                yield pick(r, cap(size) + " " + side + where + " pneumothorax.",
                        "There is a " + size + " " + side + "-sided" + where + " pneumothorax.",
                        cap(side) + where + " pneumothorax, " + size + " in size.",
                        cap(size) + " " + side + " pneumothorax with visible pleural line.");
            }
            case CHEST_TUBE -> {
                String side = c.geometry(f, ChestTube.class).side().word();
                yield pick(r, cap(side) + " chest tube in place.",
                        cap(side) + "-sided chest tube with tip projecting over the apex.",
                        "A " + side + " chest tube is present.",
                        "Interval placement of a " + side + " chest tube.");
            }
            case PACEMAKER -> c.geometry(f, Pacemaker.class).dualChamber()
                    ? pick(r, "Left-sided dual-chamber pacemaker with leads in the right atrium and right ventricle.",
                        "Dual-lead pacemaker overlying the left chest.",
                        "Left chest wall pacemaker with two leads in expected position.")
                    : pick(r, "Left chest wall pacemaker with lead terminating in the right ventricle.",
                        "Single-lead pacemaker in situ.",
                        "Left-sided pacemaker, lead in the right ventricle.");
            case EDEMA -> pick(r, "Perihilar haziness, consistent with pulmonary edema.",
                    "Mild pulmonary edema.",
                    "Bilateral perihilar opacities in keeping with pulmonary edema.",
                    "Findings compatible with interstitial and alveolar edema.");
            case CONSOLIDATION -> {
                Consolidation k = c.geometry(f, Consolidation.class);
                String lobe = k.side().word() + " " + k.lobe().word() + " lobe";
                String zone = k.lobe() == Lobe.UPPER ? "upper" : "lower";
                yield pick(r, cap(lobe) + " consolidation.",
                        "Consolidation in the " + lobe + ", concerning for pneumonia.",
                        "Dense " + lobe + " consolidation with air bronchograms.",
                        "Focal consolidation in the " + k.side().word() + " " + zone + " zone.");
            }
            case COVID -> pick(r, "Bilateral peripheral ground-glass opacities in the lower zones, consistent with COVID-19 pneumonia.",
                    "Patchy peripheral opacities in both lower lungs, typical of COVID-19.",
                    "Multifocal peripheral ground-glass opacity, in keeping with COVID-19 infection.");
            case CARDIOMEGALY -> pick(r, "Cardiomegaly.",
                    "The heart is enlarged (cardiomegaly).",
                    "Moderate cardiomegaly.",
                    "Stable cardiomegaly.");
        };
    }

    private static String pick(SplittableRandom r, String... options) {
        return options[r.nextInt(options.length)];
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
