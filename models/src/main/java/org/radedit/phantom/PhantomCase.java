package org.radedit.phantom;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Everything needed to render one study: the patient, the findings present (with where they
 * are) and the site's acquisition. The seed fixes all randomness: anatomy, finding geometry,
 * exposure, marker position, noise and report wording.
 *
 * @param id          study id
 * @param seed        the patient's seed
 * @param anatomy     the patient's anatomy, sampled from the seed
 * @param acquisition the site's acquisition
 * @param findings    the findings present, each with its geometry
 */
public record PhantomCase(String id, long seed, PatientAnatomy anatomy, Acquisition acquisition,
                          Map<Finding, FindingGeometry> findings) {

    public PhantomCase {
        EnumMap<Finding, FindingGeometry> copy = new EnumMap<>(Finding.class);
        copy.putAll(findings);
        findings = Collections.unmodifiableMap(copy);
    }

    /** A patient from a seed, at a site, with the given findings placed where this patient has them. */
    public static PhantomCase of(String id, long seed, String site, Set<Finding> findings) {
        PatientAnatomy anatomy = PatientAnatomy.sample(seed);
        EnumMap<Finding, FindingGeometry> geometry = new EnumMap<>(Finding.class);
        for (Finding f : findings) {
            geometry.put(f, FindingSampler.sample(f, anatomy, seed));
        }
        return new PhantomCase(id, seed, anatomy, Acquisition.site(site), geometry);
    }

    public boolean has(Finding finding) {
        return findings.containsKey(finding);
    }

    public Set<Finding> findingSet() {
        return findings.isEmpty() ? EnumSet.noneOf(Finding.class) : EnumSet.copyOf(findings.keySet());
    }

    public String site() {
        return acquisition.site();
    }

    /** The geometry of a finding, cast to its record type; null when absent. */
    public <G extends FindingGeometry> G geometry(Finding finding, Class<G> type) {
        return type.cast(findings.get(finding));
    }

    /** The same patient, site and noise with one finding added (at this patient's place for it) or removed. */
    public PhantomCase with(Finding finding, boolean present) {
        EnumMap<Finding, FindingGeometry> next = new EnumMap<>(Finding.class);
        next.putAll(findings);
        if (present) {
            next.computeIfAbsent(finding, f -> FindingSampler.sample(f, anatomy, seed));
        } else {
            next.remove(finding);
        }
        return new PhantomCase(id, seed, anatomy, acquisition, next);
    }

    /** The same case with its chest tube (if any) drawn at {@code opacity}. */
    public PhantomCase withTubeOpacity(double opacity) {
        FindingGeometry.ChestTube tube = geometry(Finding.CHEST_TUBE, FindingGeometry.ChestTube.class);
        if (tube == null) {
            return this;
        }
        EnumMap<Finding, FindingGeometry> next = new EnumMap<>(Finding.class);
        next.putAll(findings);
        next.put(Finding.CHEST_TUBE, tube.withOpacity(opacity));
        return new PhantomCase(id, seed, anatomy, acquisition, next);
    }

    /** The same patient and noise acquired at another site. */
    public PhantomCase atSite(String site) {
        return new PhantomCase(id, seed, anatomy, Acquisition.site(site), findings);
    }
}
