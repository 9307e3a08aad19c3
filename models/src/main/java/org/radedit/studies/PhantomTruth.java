package org.radedit.studies;

import org.radedit.phantom.Finding;
import org.radedit.phantom.Cohort;
import org.radedit.phantom.PhantomSample;
import org.radedit.suite.CounterfactualSource;
import org.radedit.suite.MaskSpec;
import org.radedit.suite.Masks;

/**
 * What the phantom world knows about a cohort's records and real data never tells: the true
 * counterfactual of an edit, and where a finding would appear on this very patient.
 */
public record PhantomTruth(Cohort cohort) {

    /** The same patient with the requested finding added or removed, everything else equal. */
    public CounterfactualSource counterfactuals() {
        return (record, change) -> cohort.study(record.id())
                .map(s -> cohort.world().counterfactual(s, Finding.from(change.finding()), change.present()).image())
                .orElse(null);
    }

    /**
     * Per record, the pixels the world would draw {@code finding} on for this patient (its mask in
     * the counterfactual with the finding added): the natural edit region when adding it.
     */
    public MaskSpec placeOf(Finding finding) {
        return Masks.computed("placeOf(" + finding + ")", record -> {
            PhantomSample s = cohort.study(record.id()).orElseThrow(() -> new IllegalArgumentException(
                    "record " + record.id() + " is not from cohort " + cohort.spec().name()));
            return cohort.world().counterfactual(s, finding, true).mask(finding);
        });
    }
}
