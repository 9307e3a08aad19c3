package org.radedit.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Edit-friendly inversion followed by generation under the same condition gives back the latent. */
class InversionTest {

    private static final StepMonitor QUIET = new StepMonitor(EditListener.NONE, Cancellation.none());

    @ParameterizedTest(name = "seed {0}, T = {1}, skip = {2}")
    @CsvSource({"1, 10, 0", "2, 10, 3", "3, 25, 0", "4, 25, 7", "5, 50, 0", "6, 50, 15", "7, 100, 30"})
    void unconditionalInversionThenRegenerationReproducesTheLatent(long seed, int steps, int skip) {
        DiffusionModel model = TestModels.model();
        try (NDManager m = NDManager.newBaseManager(Device.cpu())) {
            NDArray x0 = latentOf(model, m, seed);
            NDArray nullCondition = Tensors.repeatBatch(model.conditionEncoder().nullCondition(m), 2);
            ConditionalNoise source = new ConditionalNoise(model.noisePredictor(), nullCondition, List.of(), new double[0]);
            SamplingSteps s = model.schedule().samplingSteps(steps);
            Trajectory trajectory = Inversion.editFriendly(x0, s, skip, (x, t) -> source.predict(x, t).guided(), NoiseSource.seeded(), new long[] {seed, seed + 1}, QUIET);

            // Generation with an empty edit mask uses only eps_u: the same condition as the inversion.
            NDArray prompt = Tensors.repeatBatch(model.conditionEncoder().encode(List.of("No pneumothorax"), m), 2);
            ConditionalNoise target = new ConditionalNoise(model.noisePredictor(), nullCondition, List.of(prompt),
                    new double[] {7.5});
            NDArray emptyEdit = m.zeros(new ai.djl.ndarray.types.Shape(2, 1, 8, 8));
            NDArray regenerated = MaskedSampler.generate(trajectory, target, emptyEdit, null, QUIET);

            float error = regenerated.sub(x0).abs().max().getFloat();
            assertTrue(error <= 1e-4f, "max abs latent error " + error);
        }
    }

    @ParameterizedTest(name = "seed {0}, T = {1}, skip = {2}, w = {3}")
    @CsvSource({"11, 20, 0, 3.0", "12, 40, 10, 7.5", "13, 50, 5, 15.0"})
    void guidedInversionThenGuidedRegenerationReproducesTheLatent(long seed, int steps, int skip, double w) {
        DiffusionModel model = TestModels.model();
        try (NDManager m = NDManager.newBaseManager(Device.cpu())) {
            NDArray x0 = latentOf(model, m, seed);
            NDArray nullCondition = Tensors.repeatBatch(model.conditionEncoder().nullCondition(m), 2);
            NDArray prompt = Tensors.repeatBatch(model.conditionEncoder().encode(List.of("Right pneumothorax"), m), 2);
            ConditionalNoise guided = new ConditionalNoise(model.noisePredictor(), nullCondition, List.of(prompt),
                    new double[] {w});
            SamplingSteps s = model.schedule().samplingSteps(steps);
            Trajectory trajectory = Inversion.editFriendly(x0, s, skip, (x, t) -> guided.predict(x, t).guided(), NoiseSource.seeded(), new long[] {seed, seed + 1}, QUIET);

            NDArray fullEdit = m.ones(new ai.djl.ndarray.types.Shape(2, 1, 8, 8));
            NDArray regenerated = MaskedSampler.generate(trajectory, guided, fullEdit, null, QUIET);

            float error = regenerated.sub(x0).abs().max().getFloat();
            assertTrue(error <= 1e-4f, "max abs latent error " + error);
        }
    }

    @ParameterizedTest(name = "T = {0}")
    @CsvSource({"20", "50"})
    void ddimInversionReconstructsApproximatelyButNotExactly(int steps) {
        DiffusionModel model = TestModels.model();
        try (NDManager m = NDManager.newBaseManager(Device.cpu())) {
            NDArray x0 = latentOf(model, m, 21);
            NDArray nullCondition = Tensors.repeatBatch(model.conditionEncoder().nullCondition(m), 2);
            ConditionalNoise source = new ConditionalNoise(model.noisePredictor(), nullCondition, List.of(), new double[0]);
            Trajectory trajectory = Inversion.ddim(x0, model.schedule().samplingSteps(steps), 0, (x, t) -> source.predict(x, t).guided(), QUIET);
            NDArray regenerated = MaskedSampler.generate(trajectory, source, null, null, QUIET);
            float error = regenerated.sub(x0).abs().max().getFloat();
            float scale = x0.abs().max().getFloat();
            assertTrue(error < 0.25f * scale, "DDIM error " + error + " vs latent scale " + scale);
            assertTrue(error > 1e-4f, "DDIM inversion is an approximation; an exact result means a bug: " + error);
        }
    }

    private static NDArray latentOf(DiffusionModel model, NDManager m, long seed) {
        return model.autoencoder().encode(Tensors.images(
                List.of(TestModels.image(16, seed), TestModels.image(16, seed + 50)), m));
    }
}
