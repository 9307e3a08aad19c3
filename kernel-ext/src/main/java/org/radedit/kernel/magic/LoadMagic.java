package org.radedit.kernel.magic;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.radedit.kernel.exec.CellEvaluator;
import org.radedit.kernel.exec.CellEvaluator.CellValue;
import org.radedit.kernel.exec.CellSource.MagicCall;

/**
 * {@code %load FILE}: runs a file in this cell: Java source (a {@code .jsh}/{@code .java} script) or
 * a notebook ({@code .ipynb}: its code cells, in order). The value is the last one the file leaves.
 */
public final class LoadMagic implements Magic {

    private final CellEvaluator evaluator;

    public LoadMagic(CellEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    @Override
    public Object run(MagicCall call, int executionCount) throws Exception {
        if (call.args().size() != 1) {
            throw new IllegalArgumentException("usage: %load FILE");
        }
        Path file = Path.of(call.args().get(0)).toAbsolutePath().normalize();
        String text = Files.readString(file, StandardCharsets.UTF_8);
        CellValue value = CellValue.NONE;
        if (file.getFileName().toString().endsWith(".ipynb")) {
            JsonArray cells = JsonParser.parseString(text).getAsJsonObject().getAsJsonArray("cells");
            for (JsonElement cell : cells) {
                JsonObject c = cell.getAsJsonObject();
                if ("code".equals(c.get("cell_type").getAsString())) {
                    value = evaluator.evalNested(source(c.get("source")), executionCount);
                }
            }
        } else {
            value = evaluator.evalNested(text, executionCount);
        }
        return value.present() ? value.value() : null;
    }

    private static String source(JsonElement source) {
        if (source.isJsonArray()) {
            StringBuilder out = new StringBuilder();
            source.getAsJsonArray().forEach(line -> out.append(line.getAsString()));
            return out.toString();
        }
        return source.getAsString();
    }
}
