package org.radedit.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.radedit.image.Box;
import org.radedit.image.Image;
import org.radedit.image.Mask;

/** Editing methods are objects the engine asks; a new one plugs in without touching the engine. */
class EditMethodTest {

    private static final int SIZE = 32;
    private final EditEngine engine = new EditEngine(TestModels.model(), Device.cpu());
    private final Image image = TestModels.image(SIZE, 1);
    private final Mask leftHalf = Mask.fromBoxes(SIZE, SIZE, new Box(0, 0, SIZE / 2, SIZE));

    /** Keeps every latent cell on the inversion's path, so generation retraces it: the edit is the reconstruction. */
    private static final class KeepEverything implements EditMethod {
        @Override
        public String name() {
            return "KEEP_EVERYTHING";
        }

        @Override
        public String title() {
            return "keep everything";
        }

        @Override
        public boolean needsEditMask() {
            return true;
        }

        @Override
        public GenerationMasks masks(EditBatch batch) {
            return new GenerationMasks(batch.editMasks(), DiffusionMath.complement(batch.editMasks().mul(0)));
        }

        @Override
        public FinishedEdit finish(EditInput input, Image decoded, Mask appliedMask, EditSettings settings) {
            return new FinishedEdit(decoded, input.editMask(), null);
        }
    }

    @Test
    void anOwnMethodDecidesTheMasksGenerationRunsUnder() {
        EditMethod keepAll = new KeepEverything();
        EditSettings settings = EditSettings.of("No pneumothorax", 15, 20, 0).withMethod(keepAll);
        EditOutcome kept = engine.edit(List.of(new EditInput(image, leftHalf, null, 3)), settings).get(0);
        EditOutcome edited = engine.edit(List.of(new EditInput(image, leftHalf, null, 3)),
                settings.withMethod(EditMethod.RADEDIT)).get(0);
        Image reconstruction = engine.reconstruct(List.of(image)).get(0);
        double keptFromReconstruction = EditEngineTest.maxAbsDifference(kept.edited(), reconstruction);
        double editedFromReconstruction = EditEngineTest.maxAbsDifference(edited.edited(), reconstruction);
        assertTrue(keptFromReconstruction <= 1e-4, "kept everywhere, yet moved " + keptFromReconstruction);
        assertTrue(editedFromReconstruction > 0.01, "RadEdit under the same settings edits: " + editedFromReconstruction);
        assertEquals(InversionKind.DDPM, settings.inversion(), "an own method starts from the default inversion");
    }

    @Test
    void anOwnMethodThatNeedsAnEditMaskIsRefusedWithoutOne() {
        EditSettings settings = EditSettings.of("No pneumothorax", 15, 4, 0).withMethod(new KeepEverything());
        var e = assertThrows(IllegalArgumentException.class,
                () -> engine.edit(List.of(new EditInput(image, null, null, 3)), settings));
        assertEquals("keep everything needs an edit mask, but input 0 has none; pass Mask.empty(...) to edit nothing,"
                + " or use the LANCE-like method", e.getMessage());
    }

    @Test
    void builtInMethodsAreFoundByTheNameResultsFilesStore() {
        for (EditMethod m : EditMethod.builtIn()) {
            assertSame(m, EditMethod.named(m.name()));
            assertSame(m, EditMethod.named(m.name().toLowerCase(java.util.Locale.ROOT)));
            assertEquals(m.name(), m.toString(), "labels print the name");
        }
        assertEquals(List.of("RADEDIT", "LANCE", "DIFFEDIT"), EditMethod.builtIn().stream().map(EditMethod::name).toList());
        var e = assertThrows(IllegalArgumentException.class, () -> EditMethod.named("sdedit"));
        assertEquals("unknown editing method \"sdedit\"; the built-in ones are [radedit, lance, diffedit]", e.getMessage());
    }

    @Test
    void eachBuiltInMethodBringsItsOwnInversion() {
        EditSettings base = EditSettings.of("x", 1, 2, 0);
        assertEquals(InversionKind.DDPM, base.withMethod(EditMethod.RADEDIT).inversion());
        assertEquals(InversionKind.DDPM, base.withMethod(EditMethod.LANCE).inversion());
        assertEquals(InversionKind.DDIM, base.withMethod(EditMethod.DIFFEDIT).inversion());
        assertEquals(InversionKind.DDPM, base.withMethod(EditMethod.DIFFEDIT).withMethod(EditMethod.RADEDIT).inversion());
    }
}
