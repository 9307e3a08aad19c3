package org.radedit.datasets;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
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
 * MIMIC-CXR-JPG 2.x as a dataset (REAL-PATH.md §3): one record per image of the metadata CSV,
 * labelled per study from the CheXpert-labeller CSV (or the NegBio one), with its split, its image
 * {@code files/pXX/p<subject>/s<study>/<dicom_id>.jpg}, and, when MIMIC-CXR's report folder is
 * given, the impression of {@code files/pXX/p<subject>/s<study>.txt} ({@link ReportSections}).
 * CheXmask lungs and heart join by {@code dicom_id}.
 *
 * <pre>{@code
 * Dataset mimic = MimicCxrJpg.at(Path.of("/data/mimic-cxr-jpg/2.0.0"))
 *     .reports(Path.of("/data/mimic-cxr/2.0.0"))
 *     .chexmask(CheXmask.at(Path.of("/data/chexmask/OriginalResolution/MIMIC-CXR-JPG.csv")))
 *     .preprocessedTo(512)
 *     .open()
 *     .views("PA", "AP").split("test");
 * }</pre>
 *
 * <p>Records: id = {@code dicom_id}; metadata {@code patient} = subject_id, {@code study} =
 * study_id, {@code view} = ViewPosition, {@code date} = StudyDate, {@code split}, and every
 * metadata column by its own name. Index files may be plain or {@code .gz}. Opening reads the
 * label and split files into memory (a few tens of MB for the full dataset) and streams the
 * metadata; pixels and reports are read when a record is.
 */
public record MimicCxrJpg(Path folder, Path metadata, Path labels, Path split, Path reports, CheXmask chexmask,
                          Preprocessing preprocessing, ReadPolicy policy) {

    private static final java.util.regex.Pattern SUBJECT = java.util.regex.Pattern.compile("\\d{2,}");
    private static final java.util.regex.Pattern STUDY = java.util.regex.Pattern.compile("\\d+");

    public MimicCxrJpg {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(preprocessing, "preprocessing");
        Objects.requireNonNull(policy, "policy");
    }

    /**
     * The dataset in this folder (the one with {@code files/} and the CSVs): metadata
     * {@code mimic-cxr-*-metadata.csv[.gz]}, labels {@code mimic-cxr-*-chexpert.csv[.gz]}, split
     * {@code mimic-cxr-*-split.csv[.gz]}, each found when present.
     */
    public static MimicCxrJpg at(Path folder) {
        return new MimicCxrJpg(folder, null, null, null, null, null, Preprocessing.none(), ReadPolicy.STRICT);
    }

    public MimicCxrJpg metadata(Path csv) {
        return new MimicCxrJpg(folder, csv, labels, split, reports, chexmask, preprocessing, policy);
    }

    /** A label file with the CheXpert or NegBio layout. */
    public MimicCxrJpg labels(Path csv) {
        return new MimicCxrJpg(folder, metadata, csv, split, reports, chexmask, preprocessing, policy);
    }

    /** Labels from {@code mimic-cxr-*-negbio.csv[.gz]} instead of the CheXpert labeller's. */
    public MimicCxrJpg negbioLabels() {
        return labels(DatasetFiles.require(folder, "mimic-cxr-*-negbio.csv*", "NegBio label file"));
    }

    public MimicCxrJpg split(Path csv) {
        return new MimicCxrJpg(folder, metadata, labels, csv, reports, chexmask, preprocessing, policy);
    }

    /** MIMIC-CXR's folder of reports (the one holding {@code files/pXX/p<subject>/s<study>.txt}). */
    public MimicCxrJpg reports(Path reportFolder) {
        return new MimicCxrJpg(folder, metadata, labels, split, reportFolder, chexmask, preprocessing, policy);
    }

    public MimicCxrJpg chexmask(CheXmask masks) {
        return new MimicCxrJpg(folder, metadata, labels, split, reports, masks, preprocessing, policy);
    }

    /** Images and masks to the model's input: shorter side to {@code size}, centre crop. */
    public MimicCxrJpg preprocessedTo(int size) {
        return new MimicCxrJpg(folder, metadata, labels, split, reports, chexmask, Preprocessing.resizeAndCrop(size), policy);
    }

    /** Skip and count what cannot be read instead of stopping. */
    public MimicCxrJpg lenient() {
        return new MimicCxrJpg(folder, metadata, labels, split, reports, chexmask, preprocessing, ReadPolicy.LENIENT);
    }

    /** Reads the label and split files and the CheXmask index; the metadata streams as records are reached. */
    public Dataset open() {
        Path meta = metadata != null ? metadata : DatasetFiles.require(folder, "mimic-cxr-*-metadata.csv*", "metadata file");
        Path labelFile = labels != null ? labels : DatasetFiles.find(folder, "mimic-cxr-*-chexpert.csv*");
        Path splitFile = split != null ? split : DatasetFiles.find(folder, "mimic-cxr-*-split.csv*");
        ReadProblems problems = new ReadProblems();
        StudyLabels studyLabels = labelFile == null ? StudyLabels.NONE : StudyLabels.read(labelFile, policy, problems);
        Map<String, String> splits = splitFile == null ? Map.of() : readSplit(splitFile, problems);
        CheXmask.Index masks = chexmask == null ? null
                : chexmask.index("dicom_id", id -> id, policy, problems);
        OptionalLong size = OptionalLong.empty();
        if (masks != null) {
            size = OptionalLong.of(checkMasksMatchImages(meta, masks, problems));
        } else if (splitFile != null) {
            size = OptionalLong.of(splits.size());
        }
        Rows rows = new Rows(meta, studyLabels, splits, masks);
        return new IndexDataset("MIMIC-CXR-JPG " + folder.getFileName(), policy, problems, size,
                () -> rows.open(), rows::record);
    }

    /** One metadata row to one record. */
    private final class Rows {
        private final Path meta;
        private final StudyLabels labels;
        private final Map<String, String> splits;
        private final CheXmask.Index masks;
        private int dicom;
        private int subject;
        private int study;
        private int view;
        private int date;
        private List<String> header;

        Rows(Path meta, StudyLabels labels, Map<String, String> splits, CheXmask.Index masks) {
            this.meta = meta;
            this.labels = labels;
            this.splits = splits;
            this.masks = masks;
        }

        IndexCsv open() {
            IndexCsv csv = IndexCsv.open(meta);
            dicom = csv.column("dicom_id");
            subject = csv.column("subject_id");
            study = csv.column("study_id");
            view = csv.optionalColumn("ViewPosition");
            date = csv.optionalColumn("StudyDate");
            header = csv.header();
            return csv;
        }

        StudyRecord record(IndexCsv.Row row) {
            String id = row.get(dicom);
            String subjectId = row.get(subject);
            String studyId = row.get(study);
            if (id.isEmpty() || !SUBJECT.matcher(subjectId).matches() || !STUDY.matcher(studyId).matches()) {
                throw new RecordReadException(row.where() + ": dicom_id \"" + id + "\", subject_id \"" + subjectId
                        + "\", study_id \"" + studyId + "\"; expected an id and two numbers (subject of two digits or more)");
            }
            Labels l = labels.of(studyId, row);
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put(Metadata.PATIENT, subjectId);
            fields.put(Metadata.STUDY, studyId);
            fields.put(Metadata.VIEW, view < 0 ? "" : row.get(view));
            fields.put(Metadata.DATE, date < 0 ? "" : row.get(date));
            fields.put(Metadata.SPLIT, splits.getOrDefault(id, ""));
            for (int i = 0; i < header.size(); i++) {
                if (!header.get(i).isEmpty()) {
                    fields.putIfAbsent(header.get(i), row.get(i));
                }
            }
            Path studyFolder = folder.resolve("files").resolve("p" + subjectId.substring(0, 2))
                    .resolve("p" + subjectId).resolve("s" + studyId);
            Path image = studyFolder.resolve(id + ".jpg");
            boolean hasMasks = masks != null && masks.has(id);
            Set<Anatomy> anatomy = hasMasks ? Set.of(Anatomy.LEFT_LUNG, Anatomy.RIGHT_LUNG, Anatomy.LUNGS, Anatomy.HEART)
                    : Set.of();
            String where = row.where();
            Supplier<RecordContent> content = () -> {
                Image img = DatasetFiles.readImage(image, id, where);
                return new RecordContent(img, Map.of(), hasMasks ? masks.masks(id, img.width(), img.height()) : Map.of());
            };
            return StudyRecord.lazy(id, l, new Metadata(fields), () -> impression(subjectId, studyId, id), Set.of(),
                    anatomy, content, preprocessing);
        }
    }

    private String impression(String subjectId, String studyId, String id) {
        if (reports == null) {
            return "";
        }
        Path file = reports.resolve("files").resolve("p" + subjectId.substring(0, 2)).resolve("p" + subjectId)
                .resolve("s" + studyId + ".txt");
        try {
            return ReportSections.impression(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new RecordReadException("record " + id + ": its report " + file + " does not exist", e);
        } catch (IOException e) {
            throw new RecordReadException("record " + id + ": cannot read its report " + file + ": " + e.getMessage(), e);
        }
    }

    private Map<String, String> readSplit(Path file, ReadProblems problems) {
        Map<String, String> out = new HashMap<>();
        Set<String> names = Set.of("train", "validate", "test");
        try (IndexCsv csv = IndexCsv.open(file)) {
            int dicom = csv.column("dicom_id");
            int split = csv.column("split");
            while (csv.hasNext()) {
                try {
                    IndexCsv.Row row = csv.next();
                    String s = row.get(split);
                    if (!names.contains(s)) {
                        throw new RecordReadException(row.where() + ": split \"" + s + "\" is not one of " + names);
                    }
                    out.put(row.get(dicom), s.intern());
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

    /** Every CheXmask row must name an image of the metadata; returns the number of metadata rows. */
    private long checkMasksMatchImages(Path meta, CheXmask.Index masks, ReadProblems problems) {
        long[] rows = {0};
        try (IndexCsv csv = IndexCsv.open(meta)) {
            int dicom = csv.column("dicom_id");
            Iterator<String> ids = new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return csv.hasNext();
                }

                @Override
                public String next() {
                    try {
                        IndexCsv.Row row = csv.next();
                        rows[0]++;
                        return row.get(dicom);
                    } catch (RecordReadException e) {
                        return "";   // a malformed row is counted when the records are read
                    }
                }
            };
            MaskJoin.requireEveryRowMatched(chexmask, masks, ids, meta.toString(), policy, problems);
        }
        return rows[0];
    }

    /**
     * Per-study label values of a CheXpert- or NegBio-layout file: {@code subject_id, study_id} and
     * one column per label. Values are stored compactly, one byte per label.
     */
    record StudyLabels(List<Label> names, Map<String, byte[]> values, Set<String> bad) {

        static final StudyLabels NONE = new StudyLabels(List.of(), Map.of(), Set.of());
        private static final LabelValue[] VALUES = LabelValue.values();

        static StudyLabels read(Path file, ReadPolicy policy, ReadProblems problems) {
            try (IndexCsv csv = IndexCsv.open(file)) {
                int study = csv.column("study_id");
                int subject = csv.column("subject_id");
                List<Integer> cols = new ArrayList<>();
                List<Label> names = new ArrayList<>();
                for (int i = 0; i < csv.header().size(); i++) {
                    String h = csv.header().get(i);
                    if (i != study && i != subject && !h.isEmpty()) {
                        cols.add(i);
                        names.add(Label.of(h));
                    }
                }
                Map<String, byte[]> values = new HashMap<>();
                Set<String> bad = new HashSet<>();
                while (csv.hasNext()) {
                    IndexCsv.Row row = null;
                    try {
                        row = csv.next();
                        byte[] v = new byte[cols.size()];
                        for (int k = 0; k < cols.size(); k++) {
                            try {
                                v[k] = (byte) LabelValue.parse(row.get(cols.get(k))).ordinal();
                            } catch (IllegalArgumentException e) {
                                throw new RecordReadException(row.where() + ", column " + names.get(k) + ": " + e.getMessage(), e);
                            }
                        }
                        values.put(row.get(study), v);
                    } catch (RecordReadException e) {
                        if (policy == ReadPolicy.STRICT) {
                            throw e;
                        }
                        problems.skipped(e.getMessage());
                        if (row != null) {
                            bad.add(row.get(study));
                        }
                    }
                }
                return new StudyLabels(List.copyOf(names), values, bad);
            }
        }

        /** The labels of a study; a study whose label row was bad is an error (its records are skipped when lenient). */
        Labels of(String studyId, IndexCsv.Row row) {
            if (bad.contains(studyId)) {
                throw new RecordReadException(row.where() + ": study " + studyId + " has an unreadable label row");
            }
            byte[] v = values.get(studyId);
            if (v == null) {
                return Labels.none();
            }
            Map<Label, LabelValue> m = new LinkedHashMap<>();
            for (int k = 0; k < v.length; k++) {
                m.put(names.get(k), VALUES[v[k]]);
            }
            return new Labels(m);
        }
    }
}
