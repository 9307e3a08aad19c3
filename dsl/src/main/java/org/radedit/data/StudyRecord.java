package org.radedit.data;

import java.util.Map;
import java.util.Set;
import org.radedit.image.Image;
import org.radedit.image.Mask;

/**
 * One study: the image, its report, its labels and masks, and where it comes from.
 *
 * @param id            unique within its dataset
 * @param image         the radiograph
 * @param report        free-text report (impression)
 * @param findings      the labels: findings present in the image
 * @param findingMasks  a pixel mask per finding, where known (may hold fewer keys than findings)
 * @param anatomyMasks  anatomy masks (lungs, heart, ...), where known
 * @param metadata      patient, site and view
 */
public record StudyRecord(String id, Image image, String report, Set<Finding> findings,
                          Map<Finding, Mask> findingMasks, Map<Anatomy, Mask> anatomyMasks,
                          Metadata metadata) {

    public StudyRecord {
        findings = Set.copyOf(findings);
        findingMasks = Map.copyOf(findingMasks);
        anatomyMasks = Map.copyOf(anatomyMasks);
        for (var e : findingMasks.entrySet()) {
            e.getValue().requireSize(image.width(), image.height(), "mask of " + e.getKey() + " in record " + id);
        }
        for (var e : anatomyMasks.entrySet()) {
            e.getValue().requireSize(image.width(), image.height(), "mask of " + e.getKey() + " in record " + id);
        }
    }

    /**
     * A copy of this record with another image, e.g. an edited one. Its masks must still fit:
     * a new image of another size throws {@link IllegalArgumentException}.
     */
    public StudyRecord withImage(Image newImage) {
        return new StudyRecord(id, newImage, report, findings, findingMasks, anatomyMasks, metadata);
    }

    public boolean has(Finding finding) {
        return findings.contains(finding);
    }
}
