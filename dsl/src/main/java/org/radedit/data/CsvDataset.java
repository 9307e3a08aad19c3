package org.radedit.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.IntStream;
import org.radedit.image.ImageFiles;
import org.radedit.image.ImageReadException;
import org.radedit.image.Mask;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * Your own images: a folder of PNG/JPEG files described by a CSV, read with Tablesaw. One row per
 * study; paths are relative to the CSV's folder. Images are read when a record is reached, so a
 * large folder streams.
 *
 * <pre>
 * image,report,findings,site,patient,mask_pneumothorax,mask_lungs
 * img/001.png,Small right pneumothorax.,PNEUMOTHORAX,A,p1,masks/001-ptx.png,masks/001-lungs.png
 * img/002.png,No acute findings.,,B,p2,,masks/002-lungs.png
 * </pre>
 *
 * Required columns: {@code image}, {@code report}, {@code findings} (label names, positive,
 * separated by {@code ;}, empty for none). Optional: {@code id} (default: the image path),
 * {@code site}, {@code patient}, {@code view} (default "PA"), label columns {@code label_<name>}
 * with CheXpert's values (1.0, 0.0, -1.0, blank; see {@link LabelValue#parse}), mask columns
 * {@code mask_<anatomy>} or {@code mask_<label>} (e.g. {@code mask_lungs}, {@code mask_chest_tube})
 * holding a PNG mask path or nothing, and any other column, which becomes a metadata field.
 */
public final class CsvDataset implements Dataset {

    private static final List<String> REQUIRED = List.of("image", "report", "findings");
    private static final List<String> KNOWN = List.of("id", "patient", "site", "view");

    private final Path csv;
    private final Path folder;
    private final Table table;
    private final ReadPolicy policy;
    private final ReadProblems problems = new ReadProblems();

    private CsvDataset(Path csv, Table table, ReadPolicy policy) {
        this.csv = csv;
        this.folder = csv.toAbsolutePath().getParent();
        this.table = table;
        this.policy = policy;
    }

    /** The same folder, skipping (and counting) rows and images that cannot be read instead of stopping. */
    public CsvDataset lenient() {
        return new CsvDataset(csv, table, ReadPolicy.LENIENT);
    }

    @Override
    public ReadPolicy readPolicy() {
        return policy;
    }

    @Override
    public ReadProblems problems() {
        return problems;
    }

    /** Reads the CSV (not the images yet) and checks its columns. */
    public static CsvDataset read(Path csv) {
        if (!Files.isRegularFile(csv)) {
            throw new IllegalArgumentException("dataset CSV " + csv + " does not exist or is not a file");
        }
        CsvRowShape.check(csv);
        Table table;
        try {
            // Every column as text: findings lists and paths must not be guessed as numbers.
            table = Table.read().usingOptions(CsvReadOptions.builder(csv.toFile()).columnTypesToDetect(
                    List.of(ColumnType.STRING)).build());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("cannot read dataset CSV " + csv + ": " + e.getMessage(), e);
        }
        List<String> missing = REQUIRED.stream().filter(c -> !table.columnNames().contains(c)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("dataset CSV " + csv + " lacks column(s) " + missing + "; it needs "
                    + REQUIRED + " and may have id, site, patient, view, mask_<finding>, mask_<anatomy>; it has "
                    + table.columnNames());
        }
        for (String column : table.columnNames()) {
            if (column.equals("mask_") || column.equals("label_")) {
                throw new IllegalArgumentException("dataset CSV " + csv + " has a column " + column
                        + " that names no label or anatomy");
            }
        }
        return new CsvDataset(csv, table, ReadPolicy.STRICT);
    }

    @Override
    public String name() {
        return csv.getFileName().toString();
    }

    @Override
    public int size() {
        return table.rowCount();
    }

    @Override
    public OptionalLong knownSize() {
        return OptionalLong.of(table.rowCount());
    }

    @Override
    public Iterator<StudyRecord> iterator() {
        return IntStream.range(0, table.rowCount()).mapToObj(this::recordOrSkip).filter(r -> r != null).iterator();
    }

    private StudyRecord recordOrSkip(int i) {
        try {
            return record(i);
        } catch (RecordReadException e) {
            if (policy == ReadPolicy.STRICT) {
                throw e;
            }
            problems.skipped(e.getMessage());
            return null;
        }
    }

    /**
     * Row {@code i} (0-based) as a record. Its labels and metadata are read now; its image and masks
     * when the record is first asked for pixels.
     */
    public StudyRecord record(int i) {
        int line = i + 2; // header is line 1
        String imagePath = text(i, "image");
        if (imagePath.isEmpty()) {
            throw new RecordReadException(csv + " line " + line + ": the image column is empty");
        }
        Labels labels = labels(i, line);
        Map<Label, String> findingMaskFiles = new LinkedHashMap<>();
        Map<Anatomy, String> anatomyMaskFiles = new EnumMap<>(Anatomy.class);
        for (String column : table.columnNames()) {
            String path = column.startsWith("mask_") ? text(i, column) : "";
            if (path.isEmpty()) {
                continue;
            }
            Object target = maskTarget(column);
            if (target instanceof Label l) {
                findingMaskFiles.put(l, path);
            } else {
                anatomyMaskFiles.put((Anatomy) target, path);
            }
        }
        String id = table.columnNames().contains("id") && !text(i, "id").isEmpty() ? text(i, "id") : imagePath;
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(Metadata.PATIENT, text(i, "patient"));
        fields.put(Metadata.SITE, text(i, "site"));
        fields.put(Metadata.VIEW, text(i, "view").isEmpty() ? "PA" : text(i, "view"));
        for (String column : table.columnNames()) {
            if (!REQUIRED.contains(column) && !KNOWN.contains(column) && !column.startsWith("mask_")
                    && !column.startsWith("label_")) {
                fields.put(column, text(i, column));
            }
        }
        String report = text(i, "report");
        return StudyRecord.lazy(id, labels, new Metadata(fields), () -> report, findingMaskFiles.keySet(),
                anatomyMaskFiles.keySet(), () -> content(imagePath, findingMaskFiles, anatomyMaskFiles, line),
                Preprocessing.none());
    }

    private RecordContent content(String imagePath, Map<Label, String> findingMaskFiles,
                                  Map<Anatomy, String> anatomyMaskFiles, int line) {
        try {
            var image = ImageFiles.read(folder.resolve(imagePath));
            Map<Label, Mask> findingMasks = new LinkedHashMap<>();
            findingMaskFiles.forEach((l, path) -> findingMasks.put(l, ImageFiles.readMask(folder.resolve(path))));
            Map<Anatomy, Mask> anatomyMasks = new EnumMap<>(Anatomy.class);
            anatomyMaskFiles.forEach((a, path) -> anatomyMasks.put(a, ImageFiles.readMask(folder.resolve(path))));
            return new RecordContent(image, findingMasks, anatomyMasks);
        } catch (ImageReadException | IllegalArgumentException e) {
            throw new RecordReadException(csv + " line " + line + ": " + e.getMessage(), e);
        }
    }

    private String text(int row, String column) {
        if (!table.columnNames().contains(column)) {
            return "";
        }
        String value = table.stringColumn(column).get(row);
        return value == null ? "" : value.trim();
    }

    /** The findings column (positive labels) and any label_<name> columns (1.0 / 0.0 / -1.0 / blank). */
    private Labels labels(int row, int line) {
        Map<Label, LabelValue> out = new LinkedHashMap<>();
        for (String name : text(row, "findings").split(";")) {
            if (!name.isBlank()) {
                out.put(Label.of(name), LabelValue.POSITIVE);
            }
        }
        for (String column : table.columnNames()) {
            if (column.startsWith("label_")) {
                try {
                    out.putIfAbsent(Label.of(column.substring("label_".length())), LabelValue.parse(text(row, column)));
                } catch (IllegalArgumentException e) {
                    throw new RecordReadException(csv + " line " + line + ", column " + column + ": " + e.getMessage(), e);
                }
            }
        }
        return new Labels(out);
    }

    /** An anatomy when the name is one ({@code mask_lungs}), else the label it names ({@code mask_chest_tube}). */
    private static Object maskTarget(String column) {
        String name = column.substring("mask_".length());
        for (Anatomy a : Anatomy.values()) {
            if (a.name().equalsIgnoreCase(name)) {
                return a;
            }
        }
        return Label.of(name);
    }

    @Override
    public String toString() {
        return "CsvDataset[" + csv + ", " + size() + " records]";
    }

    /** For writers of such folders: a CSV line's cells joined and quoted where needed. */
    public static String csvLine(String... cells) {
        List<String> out = new ArrayList<>();
        for (String c : cells) {
            String v = c == null ? "" : c;
            out.add(v.contains(",") || v.contains("\"") || v.contains("\n") ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
        }
        return String.join(",", out) + "\n";
    }
}
