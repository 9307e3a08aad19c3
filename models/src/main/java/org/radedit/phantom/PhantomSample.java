package org.radedit.phantom;

import java.util.Map;
import java.util.Set;
import org.radedit.data.Anatomy;
import org.radedit.data.StudyRecord;
import org.radedit.image.Image;
import org.radedit.image.Mask;

/**
 * A rendered phantom study: the {@link StudyRecord} a user sees, plus the ground truth only a
 * phantom has: the case it was rendered from, the laterality marker's mask, and the blur radius
 * (a finding changes pixels only within its mask grown by this radius).
 */
public record PhantomSample(StudyRecord record, PhantomCase phantomCase, Mask markerMask, int blurRadius) {

    public Image image() {
        return record.image();
    }

    public String report() {
        return record.report();
    }

    public Set<Finding> findings() {
        return phantomCase.findingSet();
    }

    public boolean has(Finding finding) {
        return record.has(finding);
    }

    public String site() {
        return record.metadata().site();
    }

    /** The mask of a finding present in this study; throws if absent. */
    public Mask mask(Finding finding) {
        Mask m = record.findingMasks().get(finding);
        if (m == null) {
            throw new IllegalArgumentException(record.id() + " has no " + finding.phrase() + "; it has " + findings());
        }
        return m;
    }

    public Mask mask(Anatomy anatomy) {
        return record.anatomyMasks().get(anatomy);
    }

    public Map<Anatomy, Mask> anatomyMasks() {
        return record.anatomyMasks();
    }

    @Override
    public String toString() {
        return "PhantomSample[" + record.id() + ", site " + site() + ", " + findings() + ", \"" + report() + "\"]";
    }
}
