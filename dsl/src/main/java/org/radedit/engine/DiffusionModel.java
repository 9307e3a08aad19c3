package org.radedit.engine;

import java.util.Objects;

/** The parts a text-conditional latent diffusion model is made of. */
public record DiffusionModel(Autoencoder autoencoder, NoisePredictor noisePredictor,
                             ConditionEncoder conditionEncoder, NoiseSchedule schedule) {
    public DiffusionModel {
        Objects.requireNonNull(autoencoder, "autoencoder");
        Objects.requireNonNull(noisePredictor, "noisePredictor");
        Objects.requireNonNull(conditionEncoder, "conditionEncoder");
        Objects.requireNonNull(schedule, "schedule");
    }

    public DiffusionModel withNoisePredictor(NoisePredictor predictor) {
        return new DiffusionModel(autoencoder, predictor, conditionEncoder, schedule);
    }
}
