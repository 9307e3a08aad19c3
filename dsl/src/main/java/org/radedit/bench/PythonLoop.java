package org.radedit.bench;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The plain PyTorch loop a benchmark compares the engine with ({@code models/scripts/torch_edit_loop.py}),
 * run by Debian's {@code /usr/bin/python3} where {@code import torch} works. Only benchmarks use it:
 * the project never needs Python to run.
 */
public final class PythonLoop {

    /** Mean over the script's timed repeats. */
    public record Result(String torch, int threads, long rows, double loopSeconds, double forwardSeconds,
                         double encodeSeconds) {
        public double outsidePerRow() {
            return (loopSeconds - forwardSeconds) / rows;
        }

        /** Outside the network and the text encoder (the loop encodes its prompts in every edit). */
        public double outsideWithoutEncodingPerRow() {
            return (loopSeconds - forwardSeconds - encodeSeconds) / rows;
        }
    }

    private static final String PYTHON = "/usr/bin/python3";

    private final Path script;
    private String unavailable;

    public PythonLoop(Path script) {
        this.script = script;
    }

    /** Why the last {@link #run} gave nothing. */
    public String unavailableReason() {
        return unavailable;
    }

    /** Runs the loop on a bundle; null (with {@link #unavailableReason()}) where Python or torch is missing. */
    public Result run(Path bundle, int steps, int skip, int batch, int repeats) {
        if (!Files.isExecutable(Path.of(PYTHON)) || !Files.isRegularFile(script)) {
            unavailable = PYTHON + " or " + script + " is missing";
            return null;
        }
        List<String> command = List.of(PYTHON, script.toString(), bundle.toString(), "--steps", String.valueOf(steps),
                "--skip", String.valueOf(skip), "--batch", String.valueOf(batch), "--repeats", String.valueOf(repeats));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int code = process.waitFor();
            if (code != 0) {
                unavailable = "exit code " + code + ": " + lastLine(output)
                        + (output.contains("No module named 'torch'") ? " (apt-get install python3-torch)" : "");
                return null;
            }
            return parse(lastLine(output));
        } catch (IOException e) {
            unavailable = e.getMessage();
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            unavailable = "interrupted";
            return null;
        }
    }

    private static Result parse(String json) {
        JsonObject o = JsonParser.parseString(json).getAsJsonObject();
        List<JsonObject> runs = new ArrayList<>();
        for (JsonElement e : o.getAsJsonArray("runs")) {
            runs.add(e.getAsJsonObject());
        }
        double loop = runs.stream().mapToDouble(r -> r.get("loop_seconds").getAsDouble()).average().orElse(Double.NaN);
        double forward = runs.stream().mapToDouble(r -> r.get("forward_seconds").getAsDouble()).average().orElse(Double.NaN);
        double encode = runs.stream().mapToDouble(r -> r.get("encode_seconds").getAsDouble()).average().orElse(Double.NaN);
        long rows = runs.isEmpty() ? 0 : runs.get(0).get("rows").getAsLong();
        return new Result(o.get("torch").getAsString(), o.get("threads").getAsInt(), rows, loop, forward, encode);
    }

    private static String lastLine(String output) {
        String[] lines = output.strip().split("\n");
        return lines[lines.length - 1];
    }
}
