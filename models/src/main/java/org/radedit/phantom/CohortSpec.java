package org.radedit.phantom;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a cohort looks like: its size and seed, how common each finding is, which findings go
 * together, and which hospitals the studies come from. Presets build the biased and balanced
 * cohorts of the three studies (DESIGN.md §5). All "with" methods return a changed copy.
 *
 * <p>Labels of patient i are drawn as: each finding independently with its {@code prevalence};
 * then each {@link Dependency} in order overrides one finding's presence given another's; the
 * {@code balancedOn} finding (if any) is present exactly for even i. Then the site: from the
 * {@link SiteRule} when one is set, otherwise from {@code sites}.
 *
 * @param name         cohort name, also the prefix of study ids
 * @param size         number of studies
 * @param seed         cohort seed; patient i's seed derives from it and i alone
 * @param prevalence   probability of each finding (missing = 0)
 * @param dependencies conditional probabilities, e.g. chest tube given pneumothorax
 * @param sites        site weights (need not sum to 1)
 * @param siteRule     site weights depending on one finding, or null
 * @param balancedOn   a finding present in exactly every other study (even indices), or null
 * @param faintestTube chest tubes are drawn at an opacity between this and 1 (1 = every tube at the
 *                     standard opacity, the world's default); lower values teach an oracle that a
 *                     faint tube, e.g. one kept over a removed pneumothorax, is still a tube
 */
public record CohortSpec(String name, int size, long seed, Map<Finding, Double> prevalence,
                         List<Dependency> dependencies, Map<String, Double> sites, SiteRule siteRule,
                         Finding balancedOn, double faintestTube) {

    /** P(finding | given present) = ifPresent, P(finding | given absent) = ifAbsent. */
    public record Dependency(Finding finding, Finding given, double ifPresent, double ifAbsent) {
    }

    /** Studies with {@code finding} come from sites weighted by ifPresent, the others by ifAbsent. */
    public record SiteRule(Finding finding, Map<String, Double> ifPresent, Map<String, Double> ifAbsent) {
        public SiteRule {
            ifPresent = Map.copyOf(ifPresent);
            ifAbsent = Map.copyOf(ifAbsent);
        }
    }

    public CohortSpec {
        if (size < 0) {
            throw new IllegalArgumentException("cohort size must be >= 0, got " + size);
        }
        EnumMap<Finding, Double> p = new EnumMap<>(Finding.class);
        p.putAll(prevalence);
        p.values().forEach(CohortSpec::checkProbability);
        prevalence = java.util.Collections.unmodifiableMap(p);
        dependencies = List.copyOf(dependencies);
        for (Dependency d : dependencies) {
            checkProbability(d.ifPresent());
            checkProbability(d.ifAbsent());
        }
        sites = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sites));
        if (sites.isEmpty()) {
            throw new IllegalArgumentException("a cohort needs at least one site");
        }
        if (!(faintestTube > 0 && faintestTube <= 1)) {
            throw new IllegalArgumentException("faintestTube must lie in (0, 1], got " + faintestTube);
        }
    }

    private static void checkProbability(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("probabilities must lie in [0, 1], got " + p);
        }
    }

    /** No findings at all, sites A and B equally often. */
    public static CohortSpec normals(String name, int size, long seed) {
        return new CohortSpec(name, size, seed, Map.of(), List.of(), Map.of("A", 1.0, "B", 1.0), null, null, 1.0);
    }

    /** A mixed cohort with plausible prevalences and correlations, from all three sites. */
    public static CohortSpec general(int size, long seed) {
        return normals("general", size, seed)
                .withSites(Map.of("A", 1.0, "B", 1.0, "C", 1.0))
                .withPrevalence(Finding.PNEUMOTHORAX, 0.15)
                .withPrevalence(Finding.PACEMAKER, 0.1)
                .withPrevalence(Finding.EDEMA, 0.12)
                .withPrevalence(Finding.CONSOLIDATION, 0.12)
                .withPrevalence(Finding.COVID, 0.1)
                .withPrevalence(Finding.CARDIOMEGALY, 0.12)
                .withDependency(Finding.CHEST_TUBE, Finding.PNEUMOTHORAX, 0.6, 0.04)
                .withDependency(Finding.CARDIOMEGALY, Finding.EDEMA, 0.6, 0.1);
    }

    /**
     * Acquisition study, biased training set: COVID+ come only from hospital B, COVID- only from
     * hospital A, so the site (marker, contrast, noise) predicts the label perfectly.
     */
    public static CohortSpec acquisitionBiased(int size, long seed) {
        return acquisitionBalanced(size, seed).withName("acquisition-biased")
                .withSiteRule(new SiteRule(Finding.COVID, Map.of("B", 1.0), Map.of("A", 1.0)));
    }

    /** Acquisition study, unbiased: half COVID+, both classes from A and B alike. */
    public static CohortSpec acquisitionBalanced(int size, long seed) {
        return normals("acquisition-balanced", size, seed)
                .withPrevalence(Finding.COVID, 0.5)
                .withPrevalence(Finding.CARDIOMEGALY, 0.08)
                .withPrevalence(Finding.PACEMAKER, 0.04);
    }

    /** Presentation study, biased: 99% of pneumothoraces have a chest tube, 1% of the others do. */
    public static CohortSpec presentationBiased(int size, long seed) {
        return presentationBalanced(size, seed).withName("presentation-biased")
                .withDependency(Finding.CHEST_TUBE, Finding.PNEUMOTHORAX, 0.99, 0.01);
    }

    /** Presentation study, unbiased: half have a pneumothorax, half a chest tube, independently. */
    public static CohortSpec presentationBalanced(int size, long seed) {
        return normals("presentation-balanced", size, seed)
                .withPrevalence(Finding.PNEUMOTHORAX, 0.5)
                .withPrevalence(Finding.CHEST_TUBE, 0.5);
    }

    /** Population study, weak segmenter's training set: clean lungs, no devices, no opacities. */
    public static CohortSpec populationClean(int size, long seed) {
        return normals("population-clean", size, seed);
    }

    /** Population study, strong segmenter's training set: devices and opacities are common. */
    public static CohortSpec populationDiverse(int size, long seed) {
        return normals("population-diverse", size, seed)
                .withPrevalence(Finding.EDEMA, 0.25)
                .withPrevalence(Finding.PACEMAKER, 0.25)
                .withPrevalence(Finding.CONSOLIDATION, 0.25)
                .withPrevalence(Finding.COVID, 0.1)
                .withPrevalence(Finding.CHEST_TUBE, 0.1);
    }

    /** Exactly half the studies have {@code finding}, nothing else; sites A and B. */
    public static CohortSpec balanced(Finding finding, int size, long seed) {
        return normals("balanced-" + finding.name().toLowerCase(), size, seed).balancedOn(finding);
    }

    public CohortSpec withName(String name) {
        return new CohortSpec(name, size, seed, prevalence, dependencies, sites, siteRule, balancedOn, faintestTube);
    }

    public CohortSpec withSize(int size) {
        return new CohortSpec(name, size, seed, prevalence, dependencies, sites, siteRule, balancedOn, faintestTube);
    }

    public CohortSpec withSeed(long seed) {
        return new CohortSpec(name, size, seed, prevalence, dependencies, sites, siteRule, balancedOn, faintestTube);
    }

    public CohortSpec withPrevalence(Finding finding, double p) {
        Map<Finding, Double> next = new EnumMap<>(Finding.class);
        next.putAll(prevalence);
        next.put(finding, p);
        return new CohortSpec(name, size, seed, next, dependencies, sites, siteRule, balancedOn, faintestTube);
    }

    /** Adds (or replaces) the dependency of {@code finding} on {@code given}. */
    public CohortSpec withDependency(Finding finding, Finding given, double ifPresent, double ifAbsent) {
        List<Dependency> next = new ArrayList<>();
        for (Dependency d : dependencies) {
            if (!(d.finding() == finding && d.given() == given)) {
                next.add(d);
            }
        }
        next.add(new Dependency(finding, given, ifPresent, ifAbsent));
        return new CohortSpec(name, size, seed, prevalence, next, sites, siteRule, balancedOn, faintestTube);
    }

    public CohortSpec withSites(Map<String, Double> sites) {
        return new CohortSpec(name, size, seed, prevalence, dependencies, sites, siteRule, balancedOn, faintestTube);
    }

    public CohortSpec withSiteRule(SiteRule rule) {
        return new CohortSpec(name, size, seed, prevalence, dependencies, sites, rule, balancedOn, faintestTube);
    }

    public CohortSpec balancedOn(Finding finding) {
        return new CohortSpec(name, size, seed, prevalence, dependencies, sites, siteRule, finding, faintestTube);
    }

    /** Chest tubes drawn at opacities uniform in [{@code faintest}, 1]. */
    public CohortSpec withFaintestTube(double faintest) {
        return new CohortSpec(name, size, seed, prevalence, dependencies, sites, siteRule, balancedOn, faintest);
    }

    public double prevalenceOf(Finding finding) {
        return prevalence.getOrDefault(finding, 0.0);
    }
}
