package org.radedit.studies;

import java.util.List;
import org.radedit.phantom.CohortSpec;

/**
 * The seeds of the studies' three test cohorts (each patient's seed is a hash of the cohort seed and
 * its index, so two cohort seeds give unrelated patients). {@link #FIRST} is the studies' own range;
 * {@link #SECOND} is one that no training run and no test uses (training cohorts use seeds 1-51,
 * tests 1-11 and 5, failure discovery 7101-7302), to check that the studies' conclusions survive new
 * patients. Cohorts of the second range carry its name, so their records never mix with the first's.
 */
public record CohortSeeds(String name, long acquisition, long presentation, long population) {

    public static final CohortSeeds FIRST = new CohortSeeds("first", 121, 131, 141);
    public static final CohortSeeds SECOND = new CohortSeeds("second", 2121, 2131, 2141);

    public static List<CohortSeeds> known() {
        return List.of(FIRST, SECOND);
    }

    /** The range of this name ("first" or "second"). */
    public static CohortSeeds named(String name) {
        return known().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no cohort seed range \"" + name + "\"; known: "
                        + known().stream().map(CohortSeeds::name).toList()));
    }

    /** The cohort as the studies draw it: the first range under its plain name, others with theirs appended. */
    CohortSpec apply(CohortSpec spec, long seed) {
        CohortSpec seeded = spec.withSeed(seed);
        return this.equals(FIRST) ? seeded : seeded.withName(spec.name() + "-" + name);
    }
}
