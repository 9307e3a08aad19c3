package org.radedit.models.bench;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import org.radedit.bundle.BundleBenchmark;
import org.radedit.bundle.BundleOptions;
import org.radedit.bundle.ModelBundle;
import org.radedit.engine.Cancellation;
import org.radedit.engine.EditEngine;
import org.radedit.engine.EditInput;
import org.radedit.engine.EditListener;
import org.radedit.engine.EditOutcome;
import org.radedit.engine.EditPhase;
import org.radedit.engine.EditProgress;
import org.radedit.engine.EditSettings;
import org.radedit.engine.InversionLayout;
import org.radedit.models.PhantomModels;
import org.radedit.models.PhantomPrompts;
import org.radedit.phantom.Finding;
import org.radedit.phantom.PhantomSample;
import org.radedit.phantom.PhantomWorld;

/**
 * {@code radedit bench layout}: how far the minimal inversion layout moves an edit from the matched
 * one ({@link InversionLayout}), on the trained phantom UNet and on model bundles, over seeds, step
 * counts, skips and batch sizes. Each line gives the final latent's max |difference|, the edited
 * image's max |difference| in grey levels of an 8-bit display (1 level = 1/255) and the share of
 * pixels whose 8-bit value changes. The last line is the largest image change seen.
 */
public final class LayoutBenchmark {

    /** One compared configuration. */
    record Case(int steps, int skip, int batch, long firstSeed) {
    }

    /** The difference between the two layouts on one case. */
    record Difference(double latentMaxAbs, double imageMaxAbs, double changedPixelShare) {
    }

    static final List<Case> CASES = List.of(new Case(15, 0, 1, 0), new Case(15, 0, 8, 100), new Case(50, 15, 4, 200),
            new Case(50, 0, 8, 300), new Case(100, 0, 1, 400), new Case(100, 30, 8, 500));

    private LayoutBenchmark() {
    }

    public static void run(PrintStream out, List<Path> bundles, Device device) {
        double worst = 0;
        try (NDManager manager = NDManager.newBaseManager(device)) {
            PhantomModels models = PhantomModels.committed(manager);
            EditEngine engine = new EditEngine(models.diffusionModel(), device);
            EditSettings settings = EditSettings.of(PhantomPrompts.NO_PNEUMOTHORAX, 3, 50, 0)
                    .withNegativePrompt(PhantomPrompts.FINDINGS.get(Finding.PNEUMOTHORAX));
            out.println("trained phantom UNet, the presentation study's edit (remove pneumothorax, keep the tube,"
                    + " w = 3 with a negative prompt):");
            worst = Math.max(worst, compare(out, engine, settings, LayoutBenchmark::phantomInputs));
        }
        for (Path folder : bundles) {
            try (ModelBundle bundle = ModelBundle.open(folder, BundleOptions.defaults().on(device))) {
                int size = bundle.manifest().image().size();
                out.println(bundle.describe() + " (" + folder + "), synthetic disk images, w = 4:");
                worst = Math.max(worst, compare(out, bundle.engine(), EditSettings.of("No pneumothorax.", 4, 50, 0),
                        batch -> BundleBenchmark.inputs(batch, size)));
            }
        }
        out.printf(Locale.ROOT, "largest edited-image change, minimal vs matched layout: %.5f (%.3f grey levels of 255)%n",
                worst, worst * 255);
    }

    private static double compare(PrintStream out, EditEngine engine, EditSettings base, IntFunction<List<EditInput>> inputs) {
        out.println("     T  skip  batch   rows/edit min/matched   latent max|d|   image max|d| (levels)   pixels changed");
        double worst = 0;
        for (Case c : CASES) {
            List<EditInput> batch = reseeded(inputs.apply(c.batch()), c.firstSeed());
            EditSettings settings = base.withSteps(c.steps(), c.skip());
            Result minimal = edit(engine, batch, settings.withInversionLayout(InversionLayout.MINIMAL));
            Result matched = edit(engine, batch, settings.withInversionLayout(InversionLayout.MATCHED));
            Difference d = difference(minimal, matched);
            worst = Math.max(worst, d.imageMaxAbs());
            out.printf(Locale.ROOT, "  %4d  %4d  %5d   %8d/%-8d          %10.2e   %10.2e (%6.3f)      %6.2f%%%n", c.steps(), c.skip(),
                    c.batch(), settings.withInversionLayout(InversionLayout.MINIMAL).forwardRowsPerImage(),
                    settings.withInversionLayout(InversionLayout.MATCHED).forwardRowsPerImage(), d.latentMaxAbs(),
                    d.imageMaxAbs(), d.imageMaxAbs() * 255, 100 * d.changedPixelShare());
        }
        return worst;
    }

    /** The final latents (flattened over the batch) and the edited images of one run. */
    private record Result(float[] latent, List<EditOutcome> outcomes) {
    }

    private static Result edit(EditEngine engine, List<EditInput> inputs, EditSettings settings) {
        float[][] last = new float[1][];
        EditListener capture = new EditListener() {
            @Override
            public void onStep(EditProgress progress) {
            }

            @Override
            public void onLatent(EditPhase phase, int step, int total, NDArray latent) {
                if (phase == EditPhase.GENERATE && step == total) {
                    last[0] = latent.toFloatArray();
                }
            }
        };
        List<EditOutcome> outcomes = engine.edit(inputs, settings, capture, Cancellation.none());
        return new Result(last[0], outcomes);
    }

    static Difference difference(Result a, Result b) {
        double latent = 0;
        for (int i = 0; i < a.latent().length; i++) {
            latent = Math.max(latent, Math.abs(a.latent()[i] - b.latent()[i]));
        }
        double image = 0;
        long changed = 0;
        long pixels = 0;
        for (int k = 0; k < a.outcomes().size(); k++) {
            float[] p = a.outcomes().get(k).edited().pixels();
            float[] q = b.outcomes().get(k).edited().pixels();
            for (int i = 0; i < p.length; i++) {
                image = Math.max(image, Math.abs(p[i] - q[i]));
                if (Math.round(p[i] * 255) != Math.round(q[i] * 255)) {
                    changed++;
                }
            }
            pixels += p.length;
        }
        return new Difference(latent, image, (double) changed / pixels);
    }

    private static List<EditInput> reseeded(List<EditInput> inputs, long firstSeed) {
        List<EditInput> out = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            EditInput in = inputs.get(i);
            out.add(new EditInput(in.image(), in.editMask(), in.keepMask(), firstSeed + i));
        }
        return out;
    }

    /** Phantom patients with a pneumothorax and a chest tube: edit the dilated pneumothorax, keep the tube. */
    private static List<EditInput> phantomInputs(int batch) {
        PhantomWorld world = new PhantomWorld();
        List<EditInput> inputs = new ArrayList<>();
        for (int i = 0; i < batch; i++) {
            PhantomSample s = world.sample(9_000 + i, "A", Finding.PNEUMOTHORAX, Finding.CHEST_TUBE);
            inputs.add(new EditInput(s.image(), s.mask(Finding.PNEUMOTHORAX).dilate(4), s.mask(Finding.CHEST_TUBE), i));
        }
        return inputs;
    }
}
