package org.radedit.discovery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.radedit.data.Anatomy;
import org.radedit.data.Dataset;
import org.radedit.data.Label;
import org.radedit.data.LabelValue;
import org.radedit.data.Labeled;
import org.radedit.data.StudyRecord;
import org.radedit.image.Mask;
import org.radedit.suite.LabelChange;
import org.radedit.suite.MaskSpec;
import org.radedit.suite.Masks;

/**
 * The interventions the toolkit can make on a dataset, proposed from what its records carry: for
 * every label with enough positive records, <b>remove</b> it (edit = its mask grown by a few pixels,
 * or the anatomy region where it occurs when it has no mask; keep = the masks of the other labels the
 * record has, devices in particular) and <b>add</b> it where it is absent, negative or not mentioned (edit = its anatomy region;
 * same keep). Prompts come from the reports' own wording ({@link ReportWording}): removing guides
 * towards the sentence stating the label's absence and away from the one stating it; adding the other
 * way round. A user can add interventions of their own or drop some.
 */
public final class InterventionCatalogue {

    private final List<Intervention> interventions;
    private final Map<String, Integer> applicable;
    private final ReportWording wording;

    private InterventionCatalogue(List<Intervention> interventions, Map<String, Integer> applicable,
                                  ReportWording wording) {
        this.interventions = List.copyOf(interventions);
        this.applicable = Map.copyOf(applicable);
        this.wording = wording;
    }

    /** Starts a catalogue of {@code data}'s labels; {@link Builder#build()} scans the index and reports. */
    public static Builder of(Dataset data) {
        return new Builder(data);
    }

    public List<Intervention> interventions() {
        return interventions;
    }

    /** How many of the scanned records each intervention applies to (0 for ones added by hand). */
    public int applicable(Intervention intervention) {
        return applicable.getOrDefault(intervention.name(), 0);
    }

    /** This catalogue and one more intervention (replacing one of the same name). */
    public InterventionCatalogue with(Intervention extra) {
        List<Intervention> next = new ArrayList<>(interventions);
        next.removeIf(i -> i.name().equals(extra.name()));
        next.add(extra);
        return new InterventionCatalogue(next, applicable, wording);
    }

    /** This catalogue without the interventions whose names are given. */
    public InterventionCatalogue without(String... names) {
        List<String> drop = List.of(names);
        return new InterventionCatalogue(interventions.stream().filter(i -> !drop.contains(i.name())).toList(), applicable,
                wording);
    }

    /** Only the interventions that pass {@code filter}. */
    public InterventionCatalogue where(Predicate<Intervention> filter) {
        return new InterventionCatalogue(interventions.stream().filter(filter).toList(), applicable, wording);
    }

    /**
     * The interventions as a predictor of {@code target} must see them. One that should leave the
     * target alone is split in two, as its effect on the answer depends on whether the target is
     * there: "remove chest tube (pneumothorax present)" and "(pneumothorax absent)". Where the target
     * is present, the keep mask (the other findings' masks) holds it; where it is absent, the edit
     * also guides away from the sentence stating the target, so that it does not add it on the way
     * (measured on the phantom world: adding a chest tube across the lungs added a pneumothorax to 8
     * of 8 images, as the two came together in the model's training data; with the pneumothorax's
     * sentence as negative prompt, to none). Removals keep their own negative prompt too.
     */
    public InterventionCatalogue guarding(Labeled target) {
        Label t = target.label();
        String avoid = wording.statement(t);
        List<Intervention> guarded = new ArrayList<>();
        for (Intervention i : interventions) {
            if (i.changes(target)) {
                guarded.add(i);
                continue;
            }
            guarded.add(new Intervention(i.name() + " (" + t.key() + " present)", i.change(), i.edit(), i.keep(), i.prompt(),
                    i.negativePrompt(), i.applies().and(r -> r.value(t) == LabelValue.POSITIVE)));
            boolean removal = !i.change().present();
            String negative = removal && i.negativePrompt() != null ? i.negativePrompt() + " " + avoid : avoid;
            guarded.add(new Intervention(i.name() + " (" + t.key() + " absent)", i.change(), i.edit(), i.keep(), i.prompt(),
                    negative, i.applies().and(r -> r.value(t) == LabelValue.NEGATIVE || r.value(t) == LabelValue.NOT_MENTIONED)));
        }
        return new InterventionCatalogue(guarded, applicable, wording);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("Interventions (" + interventions.size() + "):");
        for (Intervention i : interventions) {
            s.append("\n  ").append(i).append(" · ")
                    .append(applicable.containsKey(i.name()) ? applicable(i) + " records scanned apply" : "added by hand");
        }
        return s.toString();
    }

    /** Options of the proposal. */
    public static final class Builder {

        private final Dataset data;
        private int scan = 2000;
        private int minimumRecords = 8;
        private int dilation = 4;
        private boolean additions = true;
        private final Map<Label, Anatomy> regions = new LinkedHashMap<>();

        private Builder(Dataset data) {
            this.data = data;
        }

        /** Records read (index and reports) to find labels, masks and wording; default 2000. */
        public Builder scan(int records) {
            this.scan = records;
            return this;
        }

        /** Labels with fewer positive (or, for additions, negative) records than this are left out; default 8. */
        public Builder minimumRecords(int records) {
            this.minimumRecords = records;
            return this;
        }

        /** Pixels a label's mask grows by to make a removal's edit mask; default 4. */
        public Builder dilation(int pixels) {
            this.dilation = pixels;
            return this;
        }

        /** Whether to propose additions too (default true). */
        public Builder additions(boolean propose) {
            this.additions = propose;
            return this;
        }

        /**
         * The anatomy region where a label occurs: the edit mask of its addition, and of its removal
         * when records have no mask for it. Default: the heart for labels about the heart or the
         * cardiac silhouette, the lungs for the rest.
         */
        public Builder region(Labeled label, Anatomy anatomy) {
            regions.put(label.label(), anatomy);
            return this;
        }

        public InterventionCatalogue build() {
            Map<Label, int[]> counts = new TreeMap<>(); // label -> {positive records, positive records with its mask}
            List<StudyRecord> scanned = new ArrayList<>();
            data.stream().limit(scan).forEach(r -> {
                scanned.add(r);
                for (Label l : r.labels().values().keySet()) {
                    int[] c = counts.computeIfAbsent(l, k -> new int[2]);
                    LabelValue v = r.value(l);
                    if (v == LabelValue.POSITIVE) {
                        c[0]++;
                        c[1] += r.hasMask(l) ? 1 : 0;
                    }
                }
            });
            ReportWording wording = ReportWording.learn(scanned, counts.keySet(), scan);
            List<Intervention> out = new ArrayList<>();
            Map<String, Integer> applicable = new LinkedHashMap<>();
            for (Map.Entry<Label, int[]> e : counts.entrySet()) {
                Label label = e.getKey();
                if (e.getValue()[0] < minimumRecords) {
                    continue;
                }
                Anatomy region = regions.getOrDefault(label, defaultRegion(label));
                MaskSpec keep = otherFindings(label);
                boolean masked = e.getValue()[1] >= minimumRecords;
                MaskSpec removeWhere = masked ? Masks.finding(label).dilate(dilation) : Masks.anatomy(region);
                Predicate<StudyRecord> removable = masked
                        ? r -> r.value(label) == LabelValue.POSITIVE && r.hasMask(label)
                        : r -> r.value(label) == LabelValue.POSITIVE && r.hasMask(region);
                add(out, applicable, scanned, new Intervention("remove " + label.key(), LabelChange.removes(label),
                        removeWhere, keep, wording.absence(label), wording.statement(label), removable));
                if (additions) {
                    // Absent: negative or not mentioned (which counts as negative); never an uncertain label.
                    Predicate<StudyRecord> addable = r -> (r.value(label) == LabelValue.NEGATIVE
                            || r.value(label) == LabelValue.NOT_MENTIONED) && r.hasMask(region);
                    add(out, applicable, scanned, new Intervention("add " + label.key(), LabelChange.adds(label),
                            Masks.anatomy(region), keep, wording.statement(label), wording.absence(label), addable));
                }
            }
            return new InterventionCatalogue(out, applicable, wording);
        }

        private void add(List<Intervention> out, Map<String, Integer> applicable, List<StudyRecord> scanned,
                         Intervention intervention) {
            int n = (int) scanned.stream().filter(intervention.applies()).count();
            if (n >= minimumRecords) {
                out.add(intervention);
                applicable.put(intervention.name(), n);
            }
        }

        /** Keep mask: the masks of every other positive label the record has. */
        private static MaskSpec otherFindings(Label label) {
            return Masks.computed("other findings", r -> {
                Mask keep = Mask.empty(r.image().width(), r.image().height());
                for (Label other : r.findingMasks().keySet()) {
                    if (!other.equals(label) && r.value(other) == LabelValue.POSITIVE) {
                        keep = keep.union(r.findingMasks().get(other));
                    }
                }
                return keep;
            });
        }

        private static Anatomy defaultRegion(Label label) {
            String key = label.key();
            return key.contains("cardi") || key.contains("heart") ? Anatomy.HEART : Anatomy.LUNGS;
        }
    }
}
