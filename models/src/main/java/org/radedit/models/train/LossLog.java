package org.radedit.models.train;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.radedit.io.AtomicFiles;

/** The loss curve of a run: (step, loss, seconds) rows, saved as CSV beside each checkpoint. */
final class LossLog {

    record Row(long step, double loss, double seconds) {
    }

    private final List<Row> rows = new ArrayList<>();

    void add(long step, double loss, double seconds) {
        rows.add(new Row(step, loss, seconds));
    }

    List<Row> rows() {
        return rows;
    }

    /** Seconds trained before this run (the last row of a resumed log). */
    double elapsedSeconds() {
        return rows.isEmpty() ? 0 : rows.get(rows.size() - 1).seconds();
    }

    /** Mean loss of the last {@code n} rows. */
    double recentLoss(int n) {
        return rows.subList(Math.max(0, rows.size() - n), rows.size()).stream().mapToDouble(Row::loss).average().orElse(Double.NaN);
    }

    /** Keeps only rows up to {@code step} (a resumed run restarts from its checkpoint's step). */
    void truncateAfter(long step) {
        rows.removeIf(r -> r.step() > step);
    }

    void save(Path file) throws IOException {
        StringBuilder sb = new StringBuilder("step,loss,seconds\n");
        for (Row r : rows) {
            sb.append(r.step()).append(',').append(r.loss()).append(',').append(String.format("%.1f", r.seconds())).append('\n');
        }
        AtomicFiles.writeString(file, sb.toString());
    }

    static LossLog load(Path file) throws IOException {
        LossLog log = new LossLog();
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("step")) {
                    continue;
                }
                String[] f = line.split(",");
                log.add(Long.parseLong(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2]));
            }
        }
        return log;
    }
}
