package org.radedit.datasets;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
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
import org.radedit.image.Image;

/**
 * CheXpert 1.0 or CheXpert-v1.0-small (REAL-PATH.md §4): {@code train.csv} and {@code valid.csv}
 * in the dataset folder, one record per row. {@code Path} cells start with the dataset folder's
 * name ({@code CheXpert-v1.0-small/train/patient00001/study1/view1_frontal.jpg}); either prefix
 * is accepted, and the rest of the path is resolved inside the folder given, so a renamed folder
 * works too.
 *
 * <p>Records: id = the {@code Path} cell; labels from the 14 label columns (1.0 / 0.0 / -1.0 /
 * blank); metadata {@code patient} (patient00001), {@code study} (patient00001/study1),
 * {@code sex}, {@code age}, {@code view} (the AP/PA cell, or "LATERAL" for lateral images, as
 * MIMIC writes it), {@code split} ("train" or "valid"), and every column by its own name. CheXmask
 * joins on its {@code Path} column, compared without the dataset-folder prefix.
 */
public record CheXpert(Path folder, List<String> splits, CheXmask chexmask, Preprocessing preprocessing,
                       ReadPolicy policy) {

    private static final Set<String> NOT_LABELS = Set.of("Path", "Sex", "Age", "Frontal/Lateral", "AP/PA");

    public CheXpert {
        Objects.requireNonNull(folder, "folder");
        splits = List.copyOf(splits);
        Objects.requireNonNull(preprocessing, "preprocessing");
        Objects.requireNonNull(policy, "policy");
    }

    /** Both {@code train.csv} and {@code valid.csv} of this dataset folder (those present). */
    public static CheXpert at(Path folder) {
        return new CheXpert(folder, List.of("train", "valid"), null, Preprocessing.none(), ReadPolicy.STRICT);
    }

    /** Only these splits' files ("train", "valid"). */
    public CheXpert splits(String... names) {
        return new CheXpert(folder, List.of(names), chexmask, preprocessing, policy);
    }

    public CheXpert chexmask(CheXmask masks) {
        return new CheXpert(folder, splits, masks, preprocessing, policy);
    }

    public CheXpert preprocessedTo(int size) {
        return new CheXpert(folder, splits, chexmask, Preprocessing.resizeAndCrop(size), policy);
    }

    public CheXpert lenient() {
        return new CheXpert(folder, splits, chexmask, preprocessing, ReadPolicy.LENIENT);
    }

    public Dataset open() {
        List<Path> files = new ArrayList<>();
        for (String s : splits) {
            Path f = folder.resolve(s + ".csv");
            if (Files.isRegularFile(f)) {
                files.add(f);
            }
        }
        if (files.isEmpty()) {
            throw new RecordReadException(folder + " holds none of " + splits.stream().map(s -> s + ".csv").toList());
        }
        ReadProblems problems = new ReadProblems();
        CheXmask.Index masks = chexmask == null ? null
                : chexmask.index("Path", CheXpert::withoutDatasetFolder, policy, problems);
        List<Dataset> parts = new ArrayList<>();
        for (Path f : files) {
            String split = f.getFileName().toString().replace(".csv", "");
            parts.add(new IndexDataset("CheXpert " + split, policy, problems, OptionalLong.empty(),
                    () -> IndexCsv.open(f, "Path"), row -> record(row, split, masks)));
        }
        if (masks != null) {
            MaskJoin.requireEveryRowMatched(chexmask, masks,
                    parts.stream().flatMap(Dataset::stream).map(r -> withoutDatasetFolder(r.id())).iterator(),
                    folder.toString(), policy, problems);
        }
        return Concatenated.of("CheXpert " + folder.getFileName(), parts, policy, problems);
    }

    /** "CheXpert-v1.0-small/train/p/s/v.jpg" to "train/p/s/v.jpg". */
    static String withoutDatasetFolder(String path) {
        String p = path.replace('\\', '/');
        int slash = p.indexOf('/');
        return slash >= 0 && p.substring(0, slash).startsWith("CheXpert") ? p.substring(slash + 1) : p;
    }

    private StudyRecord record(IndexCsv.Row row, String split, CheXmask.Index masks) {
        IndexCsv csv = row.source();
        String path = row.get(csv.column("Path"));
        String relative = withoutDatasetFolder(path);
        String[] parts = relative.split("/");
        if (parts.length < 4 || !parts[1].startsWith("patient") || !parts[2].startsWith("study")) {
            throw new RecordReadException(row.where() + ": Path \"" + path + "\" is not <folder>/<split>/patientNNNNN/"
                    + "studyN/<view>.jpg");
        }
        Map<Label, LabelValue> labels = new LinkedHashMap<>();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(Metadata.PATIENT, parts[1]);
        fields.put(Metadata.STUDY, parts[1] + "/" + parts[2]);
        int sex = csv.optionalColumn("Sex");
        int age = csv.optionalColumn("Age");
        int frontal = csv.optionalColumn("Frontal/Lateral");
        int apPa = csv.optionalColumn("AP/PA");
        fields.put(Metadata.SEX, sex < 0 ? "" : row.get(sex));
        fields.put(Metadata.AGE, age < 0 ? "" : row.get(age));
        boolean lateral = frontal >= 0 && row.get(frontal).equalsIgnoreCase("Lateral");
        fields.put(Metadata.VIEW, lateral ? "LATERAL" : apPa < 0 ? "" : row.get(apPa));
        fields.put(Metadata.SPLIT, split);
        List<String> header = csv.header();
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i);
            if (h.isEmpty()) {
                continue;
            }
            if (NOT_LABELS.contains(h)) {
                fields.putIfAbsent(h, row.get(i));
            } else {
                try {
                    labels.put(Label.of(h), LabelValue.parse(row.get(i)));
                } catch (IllegalArgumentException e) {
                    throw new RecordReadException(row.where() + ", column " + h + ": " + e.getMessage(), e);
                }
            }
        }
        Path image = folder.resolve(relative);
        String key = relative;
        boolean hasMasks = masks != null && masks.has(key);
        String where = row.where();
        Supplier<RecordContent> content = () -> {
            Image img = DatasetFiles.readImage(image, path, where);
            return new RecordContent(img, Map.of(), hasMasks ? masks.masks(key, img.width(), img.height()) : Map.of());
        };
        return StudyRecord.lazy(path, new Labels(labels), new Metadata(fields), () -> "", Set.of(),
                hasMasks ? MaskJoin.CHEXMASK_ANATOMY : Set.<Anatomy>of(), content, preprocessing);
    }
}
