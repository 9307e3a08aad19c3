package org.radedit.phantom;

import java.util.AbstractList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.radedit.data.Anatomy;
import org.radedit.data.Dataset;
import org.radedit.data.Label;
import org.radedit.data.Labels;
import org.radedit.data.Metadata;
import org.radedit.data.Preprocessing;
import org.radedit.data.RecordContent;
import org.radedit.data.StudyRecord;

/**
 * A cohort drawn from a {@link CohortSpec}. Study i depends only on the spec and i, never on
 * which other studies were drawn or in which order, so cohorts can be rendered lazily, in
 * parallel, or in part. Nothing is rendered until asked for.
 */
public final class Cohort extends AbstractList<PhantomSample> {
    private final PhantomWorld world;
    private final CohortSpec spec;

    Cohort(PhantomWorld world, CohortSpec spec) {
        this.world = world;
        this.spec = spec;
    }

    public CohortSpec spec() {
        return spec;
    }

    /** The world that renders this cohort (and its counterfactuals). */
    public PhantomWorld world() {
        return world;
    }

    /** The study with this record id (as {@link #dataset()} names them); empty when it is not this cohort's. */
    public Optional<PhantomSample> study(String id) {
        String prefix = spec.name() + "-";
        if (id == null || !id.startsWith(prefix)) {
            return Optional.empty();
        }
        try {
            int i = Integer.parseInt(id.substring(prefix.length()));
            return i >= 0 && i < size() ? Optional.of(get(i)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public int size() {
        return spec.size();
    }

    /** The seed of patient i. */
    public long patientSeed(int i) {
        return Seeds.mix(Seeds.mix(spec.seed(), Seeds.PATIENT), i);
    }

    /** The labels of study i (see {@link CohortSpec} for how they are drawn). */
    public EnumSet<Finding> labelsAt(int i) {
        long seed = patientSeed(i);
        SplittableRandom r = Seeds.stream(seed, Seeds.LABELS);
        EnumSet<Finding> labels = EnumSet.noneOf(Finding.class);
        for (Finding f : Finding.values()) {
            double u = r.nextDouble();   // always drawn, so one finding's prevalence never shifts another's draw
            if (u < spec.prevalenceOf(f)) {
                labels.add(f);
            }
        }
        for (int d = 0; d < spec.dependencies().size(); d++) {
            CohortSpec.Dependency dep = spec.dependencies().get(d);
            double p = labels.contains(dep.given()) ? dep.ifPresent() : dep.ifAbsent();
            if (Seeds.stream(seed, Seeds.DEPENDENCY + d).nextDouble() < p) {
                labels.add(dep.finding());
            } else {
                labels.remove(dep.finding());
            }
        }
        if (spec.balancedOn() != null) {
            if (i % 2 == 0) {
                labels.add(spec.balancedOn());
            } else {
                labels.remove(spec.balancedOn());
            }
        }
        return labels;
    }

    /** The site of study i given its labels. */
    public String siteAt(int i, EnumSet<Finding> labels) {
        Map<String, Double> weights = spec.sites();
        CohortSpec.SiteRule rule = spec.siteRule();
        if (rule != null) {
            weights = labels.contains(rule.finding()) ? rule.ifPresent() : rule.ifAbsent();
        }
        double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        double u = Seeds.stream(patientSeed(i), Seeds.SITE).nextDouble() * total;
        String last = null;
        // Sorted, so a Map.of with random iteration order still gives the same site.
        for (String site : weights.keySet().stream().sorted().toList()) {
            last = site;
            u -= weights.get(site);
            if (u < 0) {
                return site;
            }
        }
        return last;
    }

    /** The case of study i, not yet rendered. */
    public PhantomCase caseAt(int i) {
        if (i < 0 || i >= size()) {
            throw new IndexOutOfBoundsException("study " + i + " of a cohort of " + size());
        }
        EnumSet<Finding> labels = labelsAt(i);
        PhantomCase c = PhantomCase.of(spec.name() + "-" + i, patientSeed(i), siteAt(i, labels), labels);
        if (spec.faintestTube() < 1) {   // withTubeOpacity leaves a case without a tube as it is
            double u = Seeds.stream(patientSeed(i), Seeds.TUBE_OPACITY).nextDouble();
            c = c.withTubeOpacity(spec.faintestTube() + u * (1 - spec.faintestTube()));
        }
        return c;
    }

    /** Study i as a record that renders itself on first use (the same record {@link #get} renders). */
    StudyRecord lazyRecord(int i) {
        PhantomCase c = caseAt(i);
        Set<Label> findings = new java.util.LinkedHashSet<>();
        c.findingSet().forEach(f -> findings.add(f.label()));
        return StudyRecord.lazy(c.id(), Labels.positive(c.findingSet()), new Metadata(c.id(), c.site(), "PA"),
                () -> ReportWriter.write(c), findings, java.util.EnumSet.allOf(Anatomy.class), () -> {
                    StudyRecord rendered = world.render(c).record();
                    return new RecordContent(rendered.image(), rendered.findingMasks().asMap(), rendered.anatomyMasks());
                }, Preprocessing.none());
    }

    /** Renders study i. */
    @Override
    public PhantomSample get(int i) {
        return world.render(caseAt(i));
    }

    @Override
    public Iterator<PhantomSample> iterator() {
        return IntStream.range(0, size()).mapToObj(this::get).iterator();
    }

    /** Renders the studies in parallel, in index order. */
    public Stream<PhantomSample> parallel() {
        return IntStream.range(0, size()).parallel().mapToObj(this::get);
    }

    /** All studies rendered once and held in memory. */
    public List<PhantomSample> render() {
        return parallel().toList();
    }

    /**
     * The cohort as a {@link Dataset} of lazy records: id, labels, site, report and which masks exist
     * come from the case alone, so filters and samples read no pixels; a record is rendered when its
     * image or masks are first asked for.
     */
    public Dataset dataset() {
        Cohort self = this;
        return new Dataset() {
            @Override
            public String name() {
                return spec.name();
            }

            @Override
            public Iterator<StudyRecord> iterator() {
                return IntStream.range(0, self.size()).mapToObj(self::lazyRecord).iterator();
            }

            @Override
            public String toString() {
                return "Dataset[" + spec.name() + ", " + self.size() + " phantom studies]";
            }
        };
    }

    @Override
    public String toString() {
        return "Cohort[" + spec.name() + ", " + size() + " studies]";
    }
}
