package org.radedit.data;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.radedit.image.CropGeometry;
import org.radedit.image.Image;
import org.radedit.image.Mask;

/**
 * One study: its labels, metadata and report, its image and masks, and where it comes from.
 *
 * <p>What an index holds (id, labels, metadata, which masks exist) is there at once; the pixels
 * are read on the first call of {@link #image()}, {@link #findingMasks()} {@code .get},
 * {@link #anatomyMasks()} or {@link #geometry()}, never when a dataset is opened, so filters on
 * labels and metadata touch no image. The image and every mask are then preprocessed to the model's
 * input ({@link Preprocessing}); {@link #geometry()} keeps how, and {@link #toOriginal} maps an edit
 * back onto the source pixels. The report, which some datasets keep in a file per study, is also
 * read when first asked for.
 *
 * <p>Records compare by identity; two records read from the same row are two records.
 */
public final class StudyRecord {

    private final String id;
    private final Labels labels;
    private final Metadata metadata;
    private final Supplier<String> reportSource;
    private final Supplier<RecordContent> contentSource;
    private final Set<Label> findingMaskNames;
    private final Set<Anatomy> anatomyMaskNames;
    private final Preprocessing preprocessing;
    private final LabelMasks findingMasks;
    private volatile String report;
    private volatile Loaded loaded;

    /** The preprocessed pixels and how they were made. */
    private record Loaded(Image image, Map<Label, Mask> findingMasks, Map<Anatomy, Mask> anatomyMasks,
                          CropGeometry geometry) {
    }

    private StudyRecord(String id, Labels labels, Metadata metadata, Supplier<String> reportSource,
                        Set<Label> findingMaskNames, Set<Anatomy> anatomyMaskNames,
                        Supplier<RecordContent> contentSource, Preprocessing preprocessing, Loaded loaded) {
        this.id = Objects.requireNonNull(id, "id");
        this.labels = Objects.requireNonNull(labels, "labels");
        this.metadata = Objects.requireNonNull(metadata, "metadata");
        this.reportSource = Objects.requireNonNull(reportSource, "report");
        this.findingMaskNames = Set.copyOf(findingMaskNames);
        this.anatomyMaskNames = anatomyMaskNames.isEmpty() ? Set.of() : Set.copyOf(anatomyMaskNames);
        this.contentSource = contentSource;
        this.preprocessing = Objects.requireNonNull(preprocessing, "preprocessing");
        this.loaded = loaded;
        this.findingMasks = new LabelMasks(this.findingMaskNames, () -> loaded().findingMasks());
    }

    /**
     * A record held in memory, image and masks at the image's size (no preprocessing). Every given
     * finding is a positive label.
     */
    public StudyRecord(String id, Image image, String report, Set<? extends Labeled> findings,
                       Map<? extends Labeled, Mask> findingMasks, Map<Anatomy, Mask> anatomyMasks, Metadata metadata) {
        this(id, image, report, Labels.positive(findings), findingMasks, anatomyMasks, metadata);
    }

    /** A record held in memory with labels of any value. */
    public StudyRecord(String id, Image image, String report, Labels labels,
                       Map<? extends Labeled, Mask> findingMasks, Map<Anatomy, Mask> anatomyMasks, Metadata metadata) {
        this(id, labels, metadata, constant(report == null ? "" : report), labelsOf(findingMasks),
                anatomyMasks.keySet(), null, Preprocessing.none(),
                loadedInMemory(new RecordContent(image, byLabel(findingMasks), anatomyMasks)));
    }

    /**
     * A record whose report and pixels are read when first needed.
     *
     * @param findingMaskNames the labels that have a mask (known from the index)
     * @param anatomyMaskNames the anatomy that has a mask
     * @param content          reads the image and masks at the source's resolution; throws
     *                         {@link RecordReadException} naming the file when it cannot
     */
    public static StudyRecord lazy(String id, Labels labels, Metadata metadata, Supplier<String> report,
                                   Set<Label> findingMaskNames, Set<Anatomy> anatomyMaskNames,
                                   Supplier<RecordContent> content, Preprocessing preprocessing) {
        return new StudyRecord(id, labels, metadata, report, findingMaskNames, anatomyMaskNames,
                Objects.requireNonNull(content, "content"), preprocessing, null);
    }

    public String id() {
        return id;
    }

    public Labels labels() {
        return labels;
    }

    public Metadata metadata() {
        return metadata;
    }

    /** The free-text report (impression), read on first use; "" when the dataset has none. */
    public String report() {
        String r = report;
        if (r == null) {
            synchronized (this) {
                if (report == null) {
                    String read = reportSource.get();
                    report = read == null ? "" : read;
                }
                r = report;
            }
        }
        return r;
    }

    /** True when the label is positive. */
    public boolean has(Labeled label) {
        return labels.isPositive(label);
    }

    /** The label's value; {@link LabelValue#NOT_MENTIONED} when the record does not list it. */
    public LabelValue value(Labeled label) {
        return labels.value(label);
    }

    /** The positive labels, sorted by name. */
    public Set<Label> findings() {
        return labels.positives();
    }

    /** The image as the model sees it (read and preprocessed on first use). */
    public Image image() {
        return loaded().image();
    }

    /** The finding masks by label, at the model's input size; which exist is known without reading. */
    public LabelMasks findingMasks() {
        return findingMasks;
    }

    /** The anatomy masks at the model's input size (reads the pixels). */
    public Map<Anatomy, Mask> anatomyMasks() {
        return anatomyMaskNames.isEmpty() ? Map.of() : loaded().anatomyMasks();
    }

    /** Whether the record has a mask of this anatomy, known without reading pixels. */
    public boolean hasMask(Anatomy anatomy) {
        return anatomyMaskNames.contains(anatomy);
    }

    /** Whether the record has a mask of this label, known without reading pixels. */
    public boolean hasMask(Labeled label) {
        return findingMaskNames.contains(label.label());
    }

    /** How the source became the model's input (reads the pixels). */
    public CropGeometry geometry() {
        return loaded().geometry();
    }

    public Preprocessing preprocessing() {
        return preprocessing;
    }

    /** True once the pixels are in memory. */
    public boolean isLoaded() {
        return loaded != null;
    }

    /** Reads the pixels now (a reader's problem surfaces here as {@link RecordReadException}). */
    public StudyRecord load() {
        loaded();
        return this;
    }

    /** The source image at its own resolution (read again for a lazy record; not kept). */
    public Image originalImage() {
        return contentSource == null ? image() : contentSource.get().image();
    }

    /**
     * An edit of this record's image mapped back onto the source pixels: the source plus the edit's
     * change, resized to the source's resolution ({@link CropGeometry#toOriginal}).
     */
    public Image toOriginal(Image edited) {
        CropGeometry g = geometry();
        return g.isIdentity() ? edited : g.toOriginal(edited, image(), originalImage());
    }

    /**
     * This record with another preprocessing; a lazy record reads nothing now. A record held in
     * memory is preprocessed from its current pixels.
     */
    public StudyRecord preprocessedTo(Preprocessing next) {
        if (next.equals(preprocessing)) {
            return this;
        }
        if (contentSource == null && !next.isNone() && loaded.image().sameSize(next.size(), next.size())) {
            return this;   // held in memory at the model's size already: nothing would change
        }
        Supplier<RecordContent> source = contentSource != null ? contentSource : this::contentInMemory;
        return new StudyRecord(id, labels, metadata, reportSource, findingMaskNames, anatomyMaskNames, source, next, null);
    }

    /**
     * A copy of this record with another image, e.g. an edited one, at the model's input size; the
     * masks and geometry stay. A new image of another size throws {@link IllegalArgumentException}.
     */
    public StudyRecord withImage(Image newImage) {
        Loaded l = loaded();
        if (!newImage.sameSize(l.image().width(), l.image().height())) {
            throw new IllegalArgumentException("record " + id + " is " + l.image().width() + "x" + l.image().height()
                    + " (its masks too) but the new image is " + newImage.width() + "x" + newImage.height());
        }
        return new StudyRecord(id, labels, metadata, reportSource, findingMaskNames, anatomyMaskNames, contentSource,
                preprocessing, new Loaded(newImage, l.findingMasks(), l.anatomyMasks(), l.geometry()));
    }

    private RecordContent contentInMemory() {
        Loaded l = loaded();
        return new RecordContent(l.image(), l.findingMasks(), l.anatomyMasks());
    }

    private Loaded loaded() {
        Loaded l = loaded;
        if (l == null) {
            synchronized (this) {
                if (loaded == null) {
                    loaded = preprocess(contentSource.get());
                }
                l = loaded;
            }
        }
        return l;
    }

    private Loaded preprocess(RecordContent c) {
        if (c == null) {
            throw new RecordReadException("record " + id + ": its source gave no pixels");
        }
        if (!c.findingMasks().keySet().equals(findingMaskNames) || !c.anatomyMasks().keySet().equals(anatomyMaskNames)) {
            throw new RecordReadException("record " + id + ": the index promised masks " + findingMaskNames + " "
                    + anatomyMaskNames + " but the source gave " + c.findingMasks().keySet() + " "
                    + c.anatomyMasks().keySet());
        }
        CropGeometry g = preprocessing.geometryFor(c.image().width(), c.image().height());
        if (g.isIdentity()) {
            return new Loaded(c.image(), c.findingMasks(), c.anatomyMasks(), g);
        }
        Map<Label, Mask> f = new LinkedHashMap<>();
        c.findingMasks().forEach((k, m) -> f.put(k, g.apply(m)));
        Map<Anatomy, Mask> a = new EnumMap<>(Anatomy.class);
        c.anatomyMasks().forEach((k, m) -> a.put(k, g.apply(m)));
        return new Loaded(g.apply(c.image()), Map.copyOf(f), Map.copyOf(a), g);
    }

    private static Loaded loadedInMemory(RecordContent c) {
        return new Loaded(c.image(), c.findingMasks(), c.anatomyMasks(),
                CropGeometry.identity(c.image().width(), c.image().height()));
    }

    private static Map<Label, Mask> byLabel(Map<? extends Labeled, Mask> masks) {
        Map<Label, Mask> out = new LinkedHashMap<>();
        masks.forEach((k, v) -> out.put(k.label(), v));
        return out;
    }

    private static Set<Label> labelsOf(Map<? extends Labeled, Mask> masks) {
        return byLabel(masks).keySet();
    }

    private static Supplier<String> constant(String s) {
        return () -> s;
    }

    @Override
    public String toString() {
        return "StudyRecord[" + id + ", " + labels.positives() + ", " + metadata.fields() + "]";
    }
}
