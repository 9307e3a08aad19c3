package org.radedit.datasets;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.radedit.data.Anatomy;
import org.radedit.data.Dataset;
import org.radedit.data.Label;
import org.radedit.data.LabelValue;
import org.radedit.data.Labels;
import org.radedit.data.Metadata;
import org.radedit.data.Preprocessing;
import org.radedit.data.ReadPolicy;
import org.radedit.data.ReadProblems;
import org.radedit.data.RecordContent;
import org.radedit.data.RecordReadException;
import org.radedit.data.StudyRecord;
import org.radedit.image.Box;
import org.radedit.image.Image;
import org.radedit.image.Mask;
import org.radedit.io.AtomicFiles;

/**
 * NIH ChestX-ray14 (ChestX-ray8, REAL-PATH.md §5): {@code Data_Entry_2017_v2020.csv} (or the older
 * {@code Data_Entry_2017.csv}, whose header says "Patient Gender"), images spread over
 * {@code images_001/images/} ... {@code images_012/images/}, and {@code BBox_List_2017.csv}'s boxes
 * as finding masks.
 *
 * <p>Which folder holds an image is not computable from its name, so the folders are listed once
 * and the index is cached ({@code chestxray14-<key>.tsv} in the cache folder), rebuilt when a
 * folder's modification time changes.
 *
 * <p>Labels: each of the 14 findings is positive when "Finding Labels" lists it and negative
 * otherwise ("No Finding" is a label of its own); names keep NIH's spelling
 * ({@code Pleural_Thickening} compares equal to "Pleural Thickening"). Boxes are given in a
 * 1024 x 1024 frame and scaled to the image's size ({@link #boxFrame} to change it); their label
 * "Infiltrate" becomes "Infiltration", the name the label column uses. Metadata: {@code patient},
 * {@code age}, {@code sex}, {@code view}, and every column by its own name.
 */
public record ChestXray14(Path folder, Path entries, Path boxes, int boxFrame, Path cacheFolder,
                          Preprocessing preprocessing, ReadPolicy policy, CheXmask chexmask) {

    /** The 14 findings of the label set. */
    public static final List<Label> FINDINGS = List.of("Atelectasis", "Cardiomegaly", "Effusion", "Infiltration",
            "Mass", "Nodule", "Pneumonia", "Pneumothorax", "Consolidation", "Edema", "Emphysema", "Fibrosis",
            "Pleural_Thickening", "Hernia").stream().map(Label::of).toList();
    private static final Label NO_FINDING = Label.of("No Finding");

    public ChestXray14 {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(cacheFolder, "cacheFolder");
        Objects.requireNonNull(preprocessing, "preprocessing");
        Objects.requireNonNull(policy, "policy");
        if (boxFrame <= 0) {
            throw new IllegalArgumentException("box frame must be positive, got " + boxFrame);
        }
    }

    public static ChestXray14 at(Path folder) {
        return new ChestXray14(folder, null, null, 1024, CacheFolder.defaultFolder(), Preprocessing.none(),
                ReadPolicy.STRICT, null);
    }

    public ChestXray14 entries(Path csv) {
        return new ChestXray14(folder, csv, boxes, boxFrame, cacheFolder, preprocessing, policy, chexmask);
    }

    public ChestXray14 boxes(Path csv) {
        return new ChestXray14(folder, entries, csv, boxFrame, cacheFolder, preprocessing, policy, chexmask);
    }

    /** The size of the square frame the box coordinates are given in (1024 in the released file). */
    public ChestXray14 boxFrame(int size) {
        return new ChestXray14(folder, entries, boxes, size, cacheFolder, preprocessing, policy, chexmask);
    }

    public ChestXray14 cacheFolder(Path f) {
        return new ChestXray14(folder, entries, boxes, boxFrame, f, preprocessing, policy, chexmask);
    }

    public ChestXray14 chexmask(CheXmask masks) {
        return new ChestXray14(folder, entries, boxes, boxFrame, cacheFolder, preprocessing, policy, masks);
    }

    public ChestXray14 preprocessedTo(int size) {
        return new ChestXray14(folder, entries, boxes, boxFrame, cacheFolder, Preprocessing.resizeAndCrop(size), policy,
                chexmask);
    }

    public ChestXray14 lenient() {
        return new ChestXray14(folder, entries, boxes, boxFrame, cacheFolder, preprocessing, ReadPolicy.LENIENT, chexmask);
    }

    public Dataset open() {
        Path entryFile = entries != null ? entries : DatasetFiles.find(folder, "Data_Entry_2017_v2020.csv");
        if (entryFile == null) {
            entryFile = DatasetFiles.require(folder, "Data_Entry_2017*.csv", "data entry file");
        }
        Path boxFile = boxes != null ? boxes : DatasetFiles.find(folder, "BBox_List_2017.csv");
        ReadProblems problems = new ReadProblems();
        Map<String, List<LabelledBox>> boxMap = boxFile == null ? Map.of() : readBoxes(boxFile, problems);
        Map<String, Path> images = imageIndex();
        CheXmask.Index masks = chexmask == null ? null : chexmask.index("Image Index", id -> id, policy, problems);
        Path file = entryFile;
        if (masks != null) {
            MaskJoin.requireEveryRowMatched(chexmask, masks, images.keySet().iterator(), folder.toString(), policy, problems);
        }
        return new IndexDataset("ChestX-ray14 " + folder.getFileName(), policy, problems, OptionalLong.empty(),
                () -> IndexCsv.open(file, "Image Index", "Finding Labels", "Patient ID", "Patient Age",
                        "Patient Sex|Patient Gender", "View Position"), row -> record(row, images, boxMap, masks));
    }

    private record LabelledBox(Label label, double x, double y, double w, double h) {
    }

    private StudyRecord record(IndexCsv.Row row, Map<String, Path> images, Map<String, List<LabelledBox>> boxMap,
                               CheXmask.Index masks) {
        IndexCsv csv = row.source();
        String id = row.get(csv.column("Image Index"));
        if (id.isEmpty()) {
            throw new RecordReadException(row.where() + ": the Image Index cell is empty");
        }
        Map<Label, LabelValue> labels = new LinkedHashMap<>();
        FINDINGS.forEach(f -> labels.put(f, LabelValue.NEGATIVE));
        labels.put(NO_FINDING, LabelValue.NEGATIVE);
        for (String name : row.get(csv.column("Finding Labels")).split("\\|")) {
            if (!name.isBlank()) {
                labels.put(Label.of(name), LabelValue.POSITIVE);
            }
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(Metadata.PATIENT, row.get(csv.column("Patient ID")));
        fields.put(Metadata.AGE, row.get(csv.column("Patient Age")).replaceAll("[^0-9]", ""));
        fields.put(Metadata.SEX, row.get(csv.column("Patient Sex", "Patient Gender")));
        fields.put(Metadata.VIEW, row.get(csv.column("View Position")));
        List<String> header = csv.header();
        for (int i = 0; i < header.size(); i++) {
            if (!header.get(i).isEmpty()) {
                fields.putIfAbsent(header.get(i), row.get(i));
            }
        }
        Path image = images.get(id);
        String where = row.where();
        List<LabelledBox> own = boxMap.getOrDefault(id, List.of());
        Map<Label, List<LabelledBox>> byLabel = new LinkedHashMap<>();
        own.forEach(b -> byLabel.computeIfAbsent(b.label(), k -> new ArrayList<>()).add(b));
        boolean hasMasks = masks != null && masks.has(id);
        Supplier<RecordContent> content = () -> {
            if (image == null) {
                throw new RecordReadException("record " + id + " (" + where + "): no image " + id + " in any "
                        + "images_*/images/ folder of " + folder);
            }
            Image img = DatasetFiles.readImage(image, id, where);
            Map<Label, Mask> findingMasks = new LinkedHashMap<>();
            byLabel.forEach((label, list) -> findingMasks.put(label, boxMask(list, img)));
            return new RecordContent(img, findingMasks, hasMasks ? masks.masks(id, img.width(), img.height()) : Map.of());
        };
        return StudyRecord.lazy(id, new Labels(labels), new Metadata(fields), () -> "", byLabel.keySet(),
                hasMasks ? MaskJoin.CHEXMASK_ANATOMY : Set.<Anatomy>of(), content, preprocessing);
    }

    /** The boxes scaled from the box frame to the image, each covering every pixel it touches. */
    private Mask boxMask(List<LabelledBox> list, Image img) {
        double sx = (double) img.width() / boxFrame;
        double sy = (double) img.height() / boxFrame;
        List<Box> boxes = new ArrayList<>();
        for (LabelledBox b : list) {
            int x0 = (int) Math.floor(b.x() * sx);
            int y0 = (int) Math.floor(b.y() * sy);
            int x1 = (int) Math.ceil((b.x() + b.w()) * sx);
            int y1 = (int) Math.ceil((b.y() + b.h()) * sy);
            boxes.add(new Box(x0, y0, Math.max(0, x1 - x0), Math.max(0, y1 - y0)));
        }
        return Mask.fromBoxes(img.width(), img.height(), boxes);
    }

    private Map<String, List<LabelledBox>> readBoxes(Path file, ReadProblems problems) {
        Map<String, List<LabelledBox>> out = new HashMap<>();
        try (IndexCsv csv = IndexCsv.open(file)) {
            int id = csv.column("Image Index");
            int label = csv.column("Finding Label");
            int x = csv.column("Bbox [x");
            while (csv.hasNext()) {
                try {
                    IndexCsv.Row row = csv.next();
                    double[] v = new double[4];
                    for (int k = 0; k < 4; k++) {
                        String cell = row.get(x + k);
                        try {
                            v[k] = Double.parseDouble(cell);
                        } catch (NumberFormatException e) {
                            throw new RecordReadException(row.where() + ": box value " + (k + 1) + " \"" + cell
                                    + "\" is not a number; expected x, y, w, h in pixels");
                        }
                    }
                    String name = row.get(label);
                    Label l = Label.of(name.equals("Infiltrate") ? "Infiltration" : name);
                    out.computeIfAbsent(row.get(id), k -> new ArrayList<>()).add(new LabelledBox(l, v[0], v[1], v[2], v[3]));
                } catch (RecordReadException e) {
                    if (policy == ReadPolicy.STRICT) {
                        throw e;
                    }
                    problems.skipped(e.getMessage());
                }
            }
        }
        return out;
    }

    /** Image name to file, from the cache when the folders did not change since it was written. */
    Map<String, Path> imageIndex() {
        List<Path> dirs = imageFolders();
        StringBuilder stamp = new StringBuilder();
        try {
            for (Path d : dirs) {
                stamp.append(folder.relativize(d)).append('=').append(Files.getLastModifiedTime(d).toMillis()).append(';');
            }
            Path cache = cacheFolder.resolve("chestxray14-" + CacheFolder.keyOf(folder, dirs.size(), 0) + ".tsv");
            if (Files.isRegularFile(cache)) {
                List<String> lines = Files.readAllLines(cache, StandardCharsets.UTF_8);
                if (!lines.isEmpty() && lines.get(0).equals(stamp.toString())) {
                    Map<String, Path> out = new HashMap<>();
                    for (String line : lines.subList(1, lines.size())) {
                        int tab = line.indexOf('\t');
                        out.put(line.substring(0, tab), folder.resolve(line.substring(tab + 1)));
                    }
                    return out;
                }
            }
            Map<String, Path> out = new TreeMap<>();
            for (Path d : dirs) {
                try (DirectoryStream<Path> files = Files.newDirectoryStream(d, "*.png")) {
                    for (Path f : files) {
                        out.putIfAbsent(f.getFileName().toString(), f);
                    }
                }
            }
            StringBuilder text = new StringBuilder(stamp).append('\n');
            out.forEach((name, path) -> text.append(name).append('\t').append(folder.relativize(path)).append('\n'));
            AtomicFiles.writeString(cache, text.toString());
            return out;
        } catch (IOException e) {
            throw new RecordReadException("cannot index the image folders of " + folder + ": " + e.getMessage(), e);
        }
    }

    private List<Path> imageFolders() {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(folder, "images*")) {
            for (Path d : dirs) {
                Path inner = d.resolve("images");
                if (Files.isDirectory(inner)) {
                    out.add(inner);
                } else if (Files.isDirectory(d)) {
                    out.add(d);
                }
            }
        } catch (IOException e) {
            throw new RecordReadException("cannot list " + folder + ": " + e.getMessage(), e);
        }
        out.sort(null);
        return out;
    }
}
