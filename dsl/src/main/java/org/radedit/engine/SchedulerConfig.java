package org.radedit.engine;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * A diffusers {@code scheduler_config.json}, as a user of a released model has it, read into the
 * engine's {@link NoiseSchedule}. The keys the math needs are read, with diffusers' DDIM defaults
 * when a key is absent: {@code num_train_timesteps} (1000), {@code beta_start} (0.0001),
 * {@code beta_end} (0.02), {@code beta_schedule} ("linear" or "scaled_linear"),
 * {@code timestep_spacing} ("leading", "trailing", "linspace"), {@code steps_offset} (0),
 * {@code set_alpha_to_one} (true) and {@code prediction_type} ("epsilon", the only one the engine
 * implements). Values the engine cannot honour ({@code trained_betas}, {@code clip_sample} or
 * {@code thresholding} true, another prediction type or beta schedule) are errors that name the
 * file, the key and what is expected: a schedule is never silently approximated.
 *
 * @param source the file it came from (for messages)
 */
public record SchedulerConfig(Path source, int trainSteps, double betaStart, double betaEnd, String betaSchedule,
                              TimestepSpacing spacing, int stepsOffset, boolean alphaToOne, String predictionType) {

    private static final Set<String> BETA_SCHEDULES = Set.of("linear", "scaled_linear");

    /** Reads and checks the file. */
    public static SchedulerConfig read(Path file) {
        JsonObject json;
        try {
            JsonElement parsed = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8));
            if (!parsed.isJsonObject()) {
                throw new IllegalArgumentException("scheduler config " + file + " is not a JSON object");
            }
            json = parsed.getAsJsonObject();
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read scheduler config " + file + ": " + e.getMessage(), e);
        } catch (JsonParseException e) {
            throw new IllegalArgumentException("scheduler config " + file + " is not valid JSON: " + e.getMessage(), e);
        }
        Reader r = new Reader(file, json);
        if (json.has("trained_betas") && !json.get("trained_betas").isJsonNull()) {
            throw r.error("trained_betas", "null (explicit betas are not implemented; give beta_start, beta_end, beta_schedule)");
        }
        if (r.bool("clip_sample", true)) {   // diffusers' DDIM and DDPM default to clipping
            throw r.error("clip_sample", "false (clipping x0 is not part of the engine's math, DESIGN.md §3)");
        }
        if (r.bool("thresholding", false)) {
            throw r.error("thresholding", "false (dynamic thresholding is not implemented)");
        }
        String betaSchedule = r.string("beta_schedule", "linear");
        if (!BETA_SCHEDULES.contains(betaSchedule)) {
            throw r.error("beta_schedule", "one of " + List.of("linear", "scaled_linear"));
        }
        String prediction = r.string("prediction_type", "epsilon");
        if (!prediction.equals("epsilon")) {
            throw r.error("prediction_type", "\"epsilon\" (the engine predicts noise; v_prediction and sample are not"
                    + " implemented)");
        }
        String spacingName = r.string("timestep_spacing", "leading");
        TimestepSpacing spacing;
        try {
            spacing = TimestepSpacing.fromConfig(spacingName);
        } catch (IllegalArgumentException e) {
            throw r.error("timestep_spacing", "one of leading, trailing, linspace");
        }
        int trainSteps = r.integer("num_train_timesteps", 1000);
        if (trainSteps < 2) {
            throw r.error("num_train_timesteps", "an integer of at least 2");
        }
        int offset = r.integer("steps_offset", 0);
        if (offset < 0) {
            throw r.error("steps_offset", "an integer >= 0");
        }
        double start = r.number("beta_start", 0.0001);
        double end = r.number("beta_end", 0.02);
        if (!(start > 0 && start < end && end < 1)) {
            throw r.error("beta_end", "beta_start and beta_end with 0 < beta_start < beta_end < 1 (got " + start + ", "
                    + end + ")");
        }
        return new SchedulerConfig(file, trainSteps, start, end, betaSchedule, spacing, offset,
                r.bool("set_alpha_to_one", true), prediction);
    }

    /** The schedule the engine runs with. */
    public NoiseSchedule schedule() {
        NoiseSchedule betas = betaSchedule.equals("scaled_linear") ? NoiseSchedule.scaledLinear(trainSteps, betaStart, betaEnd)
                : NoiseSchedule.linear(trainSteps, betaStart, betaEnd);
        return betas.withSampling(spacing, stepsOffset, alphaToOne);
    }

    /** The released pipeline's skip: {@code int(T * skipRatio)} steps left out at the noisy end. */
    public static int skipOf(int steps, double skipRatio) {
        if (!(skipRatio >= 0 && skipRatio < 1)) {
            throw new IllegalArgumentException("skip ratio must lie in [0, 1), got " + skipRatio);
        }
        return (int) (steps * skipRatio);
    }

    /** Typed access to the keys, with errors that name the file and the key. */
    private record Reader(Path file, JsonObject json) {

        IllegalArgumentException error(String key, String expected) {
            return new IllegalArgumentException("scheduler config " + file + ": " + key + " is "
                    + (json.has(key) ? json.get(key) : "missing") + "; expected " + expected);
        }

        String string(String key, String fallback) {
            if (!json.has(key) || json.get(key).isJsonNull()) {
                return fallback;
            }
            JsonElement e = json.get(key);
            if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
                throw error(key, "a string");
            }
            return e.getAsString();
        }

        boolean bool(String key, boolean fallback) {
            if (!json.has(key) || json.get(key).isJsonNull()) {
                return fallback;
            }
            JsonElement e = json.get(key);
            if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isBoolean()) {
                throw error(key, "true or false");
            }
            return e.getAsBoolean();
        }

        double number(String key, double fallback) {
            if (!json.has(key) || json.get(key).isJsonNull()) {
                return fallback;
            }
            JsonElement e = json.get(key);
            if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
                throw error(key, "a number");
            }
            return e.getAsDouble();
        }

        int integer(String key, int fallback) {
            double v = number(key, fallback);
            if (v != Math.rint(v)) {
                throw error(key, "an integer");
            }
            return (int) v;
        }
    }
}
