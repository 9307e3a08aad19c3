package org.radedit.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.radedit.image.ImageFiles;
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
 * Required columns: {@code image}, {@code report}, {@code findings} (names of {@link Finding},
 * separated by {@code ;}, empty for none). Optional: {@code id} (default: the image path),
 * {@code site}, {@code patient}, {@code view}, and mask columns {@code mask_<finding>} or
 * {@code mask_<anatomy>} (e.g. {@code mask_chest_tube}, {@code mask_lungs}) holding a PNG mask path
 * or nothing.
 */
public final class CsvDataset implements Dataset {

    private static final List<String> REQUIRED = List.of("image", "report", "findings");

    private final Path csv;
    private final Path folder;
    private final Table table;

    private CsvDataset(Path csv, Table table) {
        this.csv = csv;
        this.folder = csv.toAbsolutePath().getParent();
        this.table = table;
    }

    /** Reads the CSV (not the images yet) and checks its columns. */
    public static CsvDataset read(Path csv) {
        if (!Files.isRegularFile(csv)) {
            throw new IllegalArgumentException("dataset CSV " + csv + " does not exist or is not a file");
        }
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
            if (column.startsWith("mask_")) {
                maskTarget(column, csv);
            }
        }
        return new CsvDataset(csv, table);
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
    public Iterator<StudyRecord> iterator() {
        return IntStream.range(0, table.rowCount()).mapToObj(this::record).iterator();
    }

    /** Row {@code i} (0-based) as a record; reads its image and masks now. */
    public StudyRecord record(int i) {
        int line = i + 2; // header is line 1
        String imagePath = text(i, "image");
        if (imagePath.isEmpty()) {
            throw new IllegalArgumentException(csv + " line " + line + ": the image column is empty");
        }
        var image = ImageFiles.read(folder.resolve(imagePath));
        Set<Finding> findings = findings(text(i, "findings"), line);
        Map<Finding, Mask> findingMasks = new EnumMap<>(Finding.class);
        Map<Anatomy, Mask> anatomyMasks = new EnumMap<>(Anatomy.class);
        for (String column : table.columnNames()) {
            String path = column.startsWith("mask_") ? text(i, column) : "";
            if (path.isEmpty()) {
                continue;
            }
            Mask mask = ImageFiles.readMask(folder.resolve(path));
            Object target = maskTarget(column, csv);
            if (target instanceof Finding f) {
                findingMasks.put(f, mask);
            } else {
                anatomyMasks.put((Anatomy) target, mask);
            }
        }
        String id = table.columnNames().contains("id") && !text(i, "id").isEmpty() ? text(i, "id") : imagePath;
        return new StudyRecord(id, image, text(i, "report"), findings, findingMasks, anatomyMasks,
                new Metadata(text(i, "patient"), text(i, "site"), text(i, "view").isEmpty() ? null : text(i, "view")));
    }

    private String text(int row, String column) {
        if (!table.columnNames().contains(column)) {
            return "";
        }
        String value = table.stringColumn(column).get(row);
        return value == null ? "" : value.trim();
    }

    private Set<Finding> findings(String cell, int line) {
        Set<Finding> out = EnumSet.noneOf(Finding.class);
        for (String name : cell.split(";")) {
            String n = name.trim();
            if (n.isEmpty()) {
                continue;
            }
            try {
                out.add(Finding.valueOf(n.toUpperCase(Locale.ROOT).replace(' ', '_')));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(csv + " line " + line + ": unknown finding \"" + n + "\"; known: "
                        + Arrays.toString(Finding.values()), e);
            }
        }
        return out;
    }

    private static Object maskTarget(String column, Path csv) {
        String name = column.substring("mask_".length()).toUpperCase(Locale.ROOT);
        for (Finding f : Finding.values()) {
            if (f.name().equals(name)) {
                return f;
            }
        }
        for (Anatomy a : Anatomy.values()) {
            if (a.name().equals(name)) {
                return a;
            }
        }
        List<String> known = new ArrayList<>();
        Arrays.stream(Finding.values()).forEach(f -> known.add("mask_" + f.name().toLowerCase(Locale.ROOT)));
        Arrays.stream(Anatomy.values()).forEach(a -> known.add("mask_" + a.name().toLowerCase(Locale.ROOT)));
        throw new IllegalArgumentException("dataset CSV " + csv + " has mask column " + column
                + " that names no finding or anatomy; known: " + known);
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
