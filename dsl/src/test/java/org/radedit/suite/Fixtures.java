package org.radedit.suite;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.radedit.data.Anatomy;
import org.radedit.data.Dataset;
import org.radedit.data.TestFinding;
import org.radedit.data.Metadata;
import org.radedit.data.StudyRecord;
import org.radedit.engine.ChangeSummary;
import org.radedit.engine.DiffusionModel;
import org.radedit.engine.EditEngine;
import org.radedit.engine.EditMethod;
import org.radedit.engine.TestModels;
import org.radedit.image.Box;
import org.radedit.image.Image;
import org.radedit.image.Mask;
import org.radedit.score.ImageTextEncoder;

/** Small records, the engine's analytic stand-in model, a toy score encoder, and hand-made edits. */
final class Fixtures {

    static final int SIZE = 32;
    /** Few steps: an edit of a 32x32 image takes milliseconds. */
    static final int STEPS = 8;

    private Fixtures() {
    }

    /**
     * {@code count} records: a pneumothorax (with its mask) in every record, a chest tube (with its
     * mask) in even ones, lungs, and sites A and B alternating.
     */
    static Dataset dataset(int count) {
        List<StudyRecord> records = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            records.add(record("r" + i, i));
        }
        return Dataset.of("fixture", records);
    }

    static StudyRecord record(String id, int i) {
        Map<TestFinding, Mask> findings = new EnumMap<>(TestFinding.class);
        findings.put(TestFinding.PNEUMOTHORAX, Mask.fromBoxes(SIZE, SIZE, new Box(4 + i % 3, 6, 8, 10)));
        if (i % 2 == 0) {
            findings.put(TestFinding.CHEST_TUBE, Mask.fromBoxes(SIZE, SIZE, new Box(20, 4, 2, 20)));
        }
        Mask lungs = Mask.fromBoxes(SIZE, SIZE, new Box(3, 4, 11, 22), new Box(18, 4, 11, 22));
        return new StudyRecord(id, TestModels.image(SIZE, 10 + i), i % 2 == 0 ? "Pneumothorax. Chest tube." : "Pneumothorax.",
                findings.keySet(), findings, Map.of(Anatomy.LUNGS, lungs), new Metadata("p" + i, i % 2 == 0 ? "A" : "B", "PA"));
    }

    /** A record with the pneumothorax label but no mask for it. */
    static StudyRecord recordWithoutMask(String id) {
        StudyRecord r = record(id, 1);
        return new StudyRecord(id, r.image(), r.report(), Set.of(TestFinding.PNEUMOTHORAX), Map.of(), r.anatomyMasks(), r.metadata());
    }

    static EditEngine engine() {
        return new EditEngine(TestModels.model(), Device.cpu());
    }

    /** An engine whose noise predictor counts its forward passes. */
    static EditEngine countingEngine(AtomicInteger forwards) {
        DiffusionModel model = TestModels.model();
        var analytic = model.noisePredictor();
        return new EditEngine(model.withNoisePredictor((x, t, c) -> {
            forwards.incrementAndGet();
            return analytic.predictNoise(x, t, c);
        }), Device.cpu());
    }

    /**
     * Images to (mean of the left half, mean of the right half, 0.1) in model range; a text to a
     * fixed vector: "No pneumothorax" points at a darker left half, reports elsewhere.
     */
    static ImageTextEncoder encoder() {
        return new ImageTextEncoder() {
            @Override
            public NDArray embedImages(NDArray images) {
                long b = images.getShape().get(0);
                long w = images.getShape().get(3);
                NDArray left = images.get(":, :, :, 0:" + w / 2).reshape(b, -1).mean(new int[] {1}).reshape(b, 1);
                NDArray right = images.get(":, :, :, " + w / 2 + ":").reshape(b, -1).mean(new int[] {1}).reshape(b, 1);
                return left.concat(right, 1).concat(images.getManager().full(new Shape(b, 1), 0.1f), 1);
            }

            @Override
            public NDArray embedTexts(List<String> texts, NDManager manager) {
                float[] v = new float[texts.size() * 3];
                for (int i = 0; i < texts.size(); i++) {
                    String t = texts.get(i);
                    java.util.SplittableRandom r = new java.util.SplittableRandom(t.hashCode());
                    v[3 * i] = t.startsWith("No") ? -1f : (float) r.nextDouble();
                    v[3 * i + 1] = (float) r.nextDouble();
                    v[3 * i + 2] = (float) r.nextDouble();
                }
                return manager.create(v, new Shape(texts.size(), 3));
            }
        };
    }

    static Toolkit toolkit() {
        return new Toolkit(engine(), encoder());
    }

    /** The presentation-shift suite of DESIGN.md §1 on the fixture, with few steps. */
    static Suite presentation(Dataset data) {
        // A fixed batch: several tests read results in batch order (the default measures the fastest).
        return Suite.from(data).using(toolkit()).batchSize(8)
                .where(r -> r.has(TestFinding.PNEUMOTHORAX) && r.has(TestFinding.CHEST_TUBE))
                .edit(Masks.finding(TestFinding.PNEUMOTHORAX).dilate(2))
                .keep(Masks.finding(TestFinding.CHEST_TUBE))
                .prompt("No pneumothorax").removes(TestFinding.PNEUMOTHORAX)
                .guidance(3).steps(STEPS).skip(0).seed(7);
    }

    /**
     * A hand-made edit: the record's image, an edited image filled with {@code edited}, full masks,
     * and the given score and verdict; no engine involved.
     */
    static EditResult handMade(StudyRecord record, long seed, float edited, double score, boolean kept) {
        Setting setting = new Setting(EditMethod.RADEDIT, 3, STEPS, 0, 0, seed);
        Image image = Image.filled(SIZE, SIZE, edited);
        Mask full = Mask.full(SIZE, SIZE);
        return new EditResult(record, setting, "No pneumothorax", setting.editSeed(record.id()), full, null, image, full,
                ChangeSummary.measure(record.image(), image, full, null), score, kept, "cpu, UNet float32, VAE float32");
    }

    /** A record whose image is filled with {@code value}, with or without a pneumothorax, at a site. */
    static StudyRecord plain(String id, float value, boolean pneumothorax, String site) {
        Set<TestFinding> findings = pneumothorax ? Set.of(TestFinding.PNEUMOTHORAX) : Set.of();
        return new StudyRecord(id, Image.filled(SIZE, SIZE, value), "report", findings, Map.of(),
                Map.of(Anatomy.LUNGS, Mask.fromBoxes(SIZE, SIZE, new Box(0, 0, SIZE / 2, SIZE))), new Metadata(id, site, "PA"));
    }

    /** A classifier that reads the probability off pixel (0, 0). */
    static Classifier pixelClassifier(String name) {
        return Classifier.named(name, images -> images.stream().mapToDouble(im -> im.get(0, 0)).toArray());
    }
}
