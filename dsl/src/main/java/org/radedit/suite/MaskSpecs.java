package org.radedit.suite;

import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.radedit.data.Anatomy;
import org.radedit.data.Labeled;
import org.radedit.data.StudyRecord;
import org.radedit.image.Mask;

/** The kinds of {@link MaskSpec}; users build them with {@link Masks}. */
final class MaskSpecs {

    private MaskSpecs() {
    }

    record FindingMask(Labeled finding) implements MaskSpec {
        @Override
        public Mask resolve(MaskContext context) {
            StudyRecord r = context.record();
            Mask mask = r.findingMasks().get(finding);
            if (mask == null) {
                throw new MissingMaskException("record " + r.id() + " has no mask for finding " + finding
                        + " (its finding masks: " + names(r.findingMasks().keySet()) + "; its findings: "
                        + names(r.findings()) + "); select only records with that mask, e.g. .where(r -> "
                        + "r.hasMask(" + finding + "))");
            }
            return mask;
        }

        @Override
        public Set<String> estimatedPrompts() {
            return Set.of();
        }

        @Override
        public String describe() {
            return "finding(" + finding + ")";
        }
    }

    record AnatomyMask(Anatomy anatomy) implements MaskSpec {
        @Override
        public Mask resolve(MaskContext context) {
            StudyRecord r = context.record();
            Mask mask = r.anatomyMasks().get(anatomy);
            if (mask == null) {
                throw new MissingMaskException("record " + r.id() + " has no mask for anatomy " + anatomy
                        + " (its anatomy masks: " + names(r.anatomyMasks().keySet()) + ")");
            }
            return mask;
        }

        @Override
        public Set<String> estimatedPrompts() {
            return Set.of();
        }

        @Override
        public String describe() {
            return "anatomy(" + anatomy + ")";
        }
    }

    record FixedMask(Mask mask, String name) implements MaskSpec {
        @Override
        public Mask resolve(MaskContext context) {
            StudyRecord r = context.record();
            return mask.requireSize(r.image().width(), r.image().height(), "fixed mask " + name + " for record " + r.id());
        }

        @Override
        public Set<String> estimatedPrompts() {
            return Set.of();
        }

        @Override
        public String describe() {
            return "fixed(" + name + ")";
        }
    }

    record Computed(String name, Function<StudyRecord, Mask> compute) implements MaskSpec {
        Computed {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("a computed mask needs a name, shown in reports");
            }
            java.util.Objects.requireNonNull(compute, "compute");
        }

        @Override
        public Mask resolve(MaskContext context) {
            StudyRecord r = context.record();
            Mask mask = compute.apply(r);
            if (mask == null) {
                throw new MissingMaskException("mask " + name + " gave nothing for record " + r.id());
            }
            return mask.requireSize(r.image().width(), r.image().height(), "mask " + name + " for record " + r.id());
        }

        @Override
        public Set<String> estimatedPrompts() {
            return Set.of();
        }

        @Override
        public String describe() {
            return name;
        }
    }

    record Everywhere() implements MaskSpec {
        @Override
        public Mask resolve(MaskContext context) {
            return Mask.full(context.record().image().width(), context.record().image().height());
        }

        @Override
        public Set<String> estimatedPrompts() {
            return Set.of();
        }

        @Override
        public String describe() {
            return "everywhere()";
        }
    }

    record Estimated(String prompt) implements MaskSpec {
        Estimated {
            if (prompt == null || prompt.isBlank()) {
                throw new IllegalArgumentException("an estimated mask needs a prompt, e.g. Masks.estimated(\"pneumothorax\")");
            }
        }

        @Override
        public Mask resolve(MaskContext context) {
            Mask mask = context.estimated().get(prompt);
            if (mask == null) {
                throw new IllegalStateException("the mask estimated from \"" + prompt + "\" for record "
                        + context.record().id() + " is not there: estimated masks need the model and are made when"
                        + " the suite runs");
            }
            return mask;
        }

        @Override
        public Set<String> estimatedPrompts() {
            return Set.of(prompt);
        }

        @Override
        public String describe() {
            return "estimated(\"" + prompt + "\")";
        }
    }

    record Dilated(MaskSpec base, int radiusPx) implements MaskSpec {
        Dilated {
            requireRadius(radiusPx, "dilate");
        }

        @Override
        public Mask resolve(MaskContext context) {
            return base.resolve(context).dilate(radiusPx);
        }

        @Override
        public Set<String> estimatedPrompts() {
            return base.estimatedPrompts();
        }

        @Override
        public String describe() {
            return base.describe() + ".dilate(" + radiusPx + ")";
        }
    }

    record Eroded(MaskSpec base, int radiusPx) implements MaskSpec {
        Eroded {
            requireRadius(radiusPx, "erode");
        }

        @Override
        public Mask resolve(MaskContext context) {
            return base.resolve(context).erode(radiusPx);
        }

        @Override
        public Set<String> estimatedPrompts() {
            return base.estimatedPrompts();
        }

        @Override
        public String describe() {
            return base.describe() + ".erode(" + radiusPx + ")";
        }
    }

    record Union(MaskSpec a, MaskSpec b) implements MaskSpec {
        @Override
        public Mask resolve(MaskContext context) {
            return a.resolve(context).union(b.resolve(context));
        }

        @Override
        public Set<String> estimatedPrompts() {
            return both(a, b);
        }

        @Override
        public String describe() {
            return a.describe() + ".union(" + b.describe() + ")";
        }
    }

    record Intersection(MaskSpec a, MaskSpec b) implements MaskSpec {
        @Override
        public Mask resolve(MaskContext context) {
            return a.resolve(context).intersect(b.resolve(context));
        }

        @Override
        public Set<String> estimatedPrompts() {
            return both(a, b);
        }

        @Override
        public String describe() {
            return a.describe() + ".intersect(" + b.describe() + ")";
        }
    }

    record Difference(MaskSpec a, MaskSpec b) implements MaskSpec {
        @Override
        public Mask resolve(MaskContext context) {
            return a.resolve(context).minus(b.resolve(context));
        }

        @Override
        public Set<String> estimatedPrompts() {
            return both(a, b);
        }

        @Override
        public String describe() {
            return a.describe() + ".minus(" + b.describe() + ")";
        }
    }

    record Inverted(MaskSpec base) implements MaskSpec {
        @Override
        public Mask resolve(MaskContext context) {
            return base.resolve(context).invert();
        }

        @Override
        public Set<String> estimatedPrompts() {
            return base.estimatedPrompts();
        }

        @Override
        public String describe() {
            return base.describe() + ".invert()";
        }
    }

    private static void requireRadius(int radiusPx, String operation) {
        if (radiusPx < 0) {
            throw new IllegalArgumentException(operation + " radius must not be negative, got " + radiusPx);
        }
    }

    private static Set<String> both(MaskSpec a, MaskSpec b) {
        Set<String> out = new HashSet<>(a.estimatedPrompts());
        out.addAll(b.estimatedPrompts());
        return Set.copyOf(out);
    }

    private static String names(Set<?> values) {
        if (values.isEmpty()) {
            return "none";
        }
        Set<String> sorted = new TreeSet<>();
        values.forEach(v -> sorted.add(v.toString()));
        return String.join(", ", sorted);
    }
}
