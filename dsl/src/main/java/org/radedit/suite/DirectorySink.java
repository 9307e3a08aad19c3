package org.radedit.suite;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import com.google.gson.reflect.TypeToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.radedit.data.StudyRecord;
import org.radedit.engine.ChangeSummary;
import org.radedit.engine.EditMethod;
import org.radedit.image.ImageFiles;
import org.radedit.io.AtomicFiles;
import org.radedit.io.FaultPoints;

/**
 * Writes edits to a directory as they come, so a long run survives a crash and resumes:
 * <ul>
 *   <li>{@code images/<edit>-original.png}, {@code -edited.png} (16-bit), {@code -edit-mask.png},
 *       {@code -keep-mask.png} (when there is one) and {@code -applied-mask.png}, each written atomically;</li>
 *   <li>with {@link #alsoAtSourceResolution()}, {@code -edited-source.png}: the edit on the source image's pixels;</li>
 *   <li>{@code results.tsv}: one line per edit, appended only after its images are on disk;</li>
 *   <li>{@code run.json}: what the edits depend on beyond each row ({@link RunDescription}: dataset,
 *       prompts, masks, score threshold), written when a suite first runs into the directory.</li>
 * </ul>
 * Opening a directory that has a {@code results.tsv} reads it back: those edits are
 * {@linkplain #contains contained} and a suite run into this sink skips them. What a crash can leave
 * is repaired: a last line cut off (no newline) is dropped and its edit made again; a temporary
 * image file is removed when that edit is written again. What a crash cannot leave is refused with
 * the file and line named: a damaged line in the middle, a row whose images are missing, an index of
 * another version, a run with other settings ({@code run.json} differs). Opening fails at once, before
 * any edit is made, when the directory cannot be written.
 */
public final class DirectorySink implements ResultSink {

    static final String INDEX = "results.tsv";
    static final String RUN = "run.json";
    /** The fault point half way through a results row (see {@link FaultPoints}). */
    static final String ROW_FAULT_POINT = "results.tsv row";
    private static final String EDITED = "-edited.png";
    private static final String EDIT_MASK = "-edit-mask.png";
    private static final String APPLIED_MASK = "-applied-mask.png";
    private static final String KEEP_MASK = "-keep-mask.png";
    /** The images {@link #load} needs of every row (the keep mask only when the edit had one). */
    private static final List<String> NEEDED_IMAGES = List.of(EDITED, EDIT_MASK, APPLIED_MASK);
    private static final String[] COLUMNS = {"edit", "record", "method", "guidance", "steps", "skip", "dilation", "seed",
        "edit_seed", "score", "kept", "change_inside_edit", "change_outside_masks", "max_change_outside_masks",
        "pixels_outside_masks", "keep_pixels", "keep_pixels_changed", "runtime"};

    private final Path directory;
    private final boolean atSourceResolution;
    private final List<ResultRow> rows = new ArrayList<>();
    private final Map<ResultKey, ResultRow> byKey = new HashMap<>();

    public DirectorySink(Path directory) {
        this(directory, false);
    }

    private DirectorySink(Path directory, boolean atSourceResolution) {
        this.directory = directory;
        this.atSourceResolution = atSourceResolution;
        try {
            Files.createDirectories(directory.resolve("images"));
            checkWritable();
            Path index = index();
            if (Files.exists(index)) {
                readIndex(index);
            } else {
                AtomicFiles.writeString(index, String.join("\t", COLUMNS) + "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open result directory " + directory + ": " + describe(e), e);
        }
    }

    /** Fails now, not after the first edit, when files cannot be created in the directory or the index changed. */
    private void checkWritable() throws IOException {
        for (Path folder : List.of(directory, directory.resolve("images"))) {
            Path probe;
            try {
                probe = Files.createTempFile(folder, ".write-check", ".tmp");
            } catch (IOException e) {
                throw new IOException(folder + " is not writable (" + describe(e) + ")", e);
            }
            Files.delete(probe);
        }
        Path index = index();
        if (Files.exists(index) && !Files.isWritable(index)) {
            throw new IOException(index + " is not writable");
        }
    }

    /** An I/O error's message, or its class when it has none (NIO's often only name the path). */
    private static String describe(IOException e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }

    public Path directory() {
        return directory;
    }

    /**
     * The same directory, also writing every edit of a preprocessed record mapped back onto its
     * source image ({@code images/<edit>-edited-source.png}, 16-bit, at the source's size; see
     * {@link StudyRecord#toOriginal}).
     */
    public DirectorySink alsoAtSourceResolution() {
        return new DirectorySink(directory, true);
    }

    /** Every edit in the directory: those found when it was opened and those written since. */
    public List<ResultRow> rows() {
        return List.copyOf(rows);
    }

    /** The rows as a summary (scored when any row has a score). */
    public RunSummary summary(double threshold) {
        boolean scored = rows.stream().anyMatch(r -> !Double.isNaN(r.score()));
        return new RunSummary(rows, scored, threshold);
    }

    /**
     * Records what the run's edits depend on ({@code run.json}), or checks it against the record a
     * first run left: a suite with another prompt, other masks or another threshold must not reuse
     * these edits.
     */
    @Override
    public void begin(RunDescription run) {
        Path file = directory.resolve(RUN);
        Map<String, String> current = run.fields();
        try {
            if (Files.exists(file)) {
                Map<String, String> stored = readRun(file);
                String differences = RunDescription.differences(stored, current);
                if (!differences.isEmpty()) {
                    throw new IllegalStateException(file + " was written by a run with other settings (" + differences
                            + "); its edits do not answer this suite: use another directory, or delete this one");
                }
            } else {
                AtomicFiles.writeString(file, new GsonBuilder().setPrettyPrinting().serializeNulls().create()
                        .toJson(current) + "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + describe(e), e);
        }
    }

    private static Map<String, String> readRun(Path file) throws IOException {
        try {
            Map<String, String> stored = new Gson().fromJson(Files.readString(file, StandardCharsets.UTF_8),
                    new TypeToken<Map<String, String>>() { }.getType());
            if (stored == null) {
                throw new IllegalStateException(file + " is empty; delete it to record this run's settings again");
            }
            return stored;
        } catch (JsonParseException e) {
            throw new IllegalStateException(file + " is not a run description (" + e.getMessage()
                    + "); delete it to record this run's settings again", e);
        }
    }

    @Override
    public boolean contains(ResultKey key) {
        return byKey.containsKey(key);
    }

    /**
     * Reads a stored edit of {@code record} back from disk (edited image from its 16-bit PNG, masks,
     * score and change figures from the index), or null when the directory does not hold it.
     * {@code prompt} is the suite's prompt (the index does not repeat it).
     */
    public EditResult load(StudyRecord record, Setting setting, String prompt) {
        ResultRow row = byKey.get(new ResultKey(record.id(), setting));
        if (row == null) {
            return null;
        }
        Path images = directory.resolve("images");
        String name = fileName(row.key());
        Path keep = images.resolve(name + KEEP_MASK);
        return new EditResult(record, setting, prompt, row.editSeed(), ImageFiles.readMask(images.resolve(name + EDIT_MASK)),
                Files.exists(keep) ? ImageFiles.readMask(keep) : null, ImageFiles.read(images.resolve(name + EDITED)),
                ImageFiles.readMask(images.resolve(name + APPLIED_MASK)), row.change(), row.score(), row.kept(),
                row.runtime());
    }

    @Override
    public void accept(List<EditResult> batch) {
        for (EditResult r : batch) {
            if (byKey.containsKey(r.key())) {
                continue; // on disk already: the same seed makes the same edit
            }
            String name = fileName(r.key());
            Path images = directory.resolve("images");
            ImageFiles.writePng16(r.original(), images.resolve(name + "-original.png"));
            ImageFiles.writePng16(r.edited(), images.resolve(name + EDITED));
            ImageFiles.writeMaskPng(r.editMask(), images.resolve(name + EDIT_MASK));
            if (r.keepMask() != null) {
                ImageFiles.writeMaskPng(r.keepMask(), images.resolve(name + KEEP_MASK));
            }
            ImageFiles.writeMaskPng(r.appliedMask(), images.resolve(name + APPLIED_MASK));
            if (atSourceResolution && !r.record().geometry().isIdentity()) {
                ImageFiles.writePng16(r.record().toOriginal(r.edited()), images.resolve(name + "-edited-source.png"));
            }
            append(line(name, r.row()));
            rows.add(r.row());
            byKey.put(r.key(), r.row());
        }
    }

    /** The file name stem of an edit: readable, and unique through a hash of the full key. */
    static String fileName(ResultKey key) {
        Setting s = key.setting();
        String readable = key.recordId().replaceAll("[^A-Za-z0-9._-]", "_") + "__" + s.method().name().toLowerCase(Locale.ROOT)
                + "_w" + number(s.guidance()) + "_T" + s.steps() + "_skip" + s.skip() + "_dil" + s.dilation() + "_seed" + s.seed();
        long hash = 0xcbf29ce484222325L; // FNV-1a: stable across runs, unlike hashCode() of enums
        for (char c : (key.recordId() + "|" + s.label()).toCharArray()) {
            hash = (hash ^ c) * 0x100000001b3L;
        }
        return readable + "_" + Long.toHexString(hash >>> 32);
    }

    private Path index() {
        return directory.resolve(INDEX);
    }

    /**
     * Appends one row and forces it to disk. When the write fails (a full disk) the index is cut back
     * to where it was, so it never holds half a row.
     */
    private void append(String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        try (FileChannel channel = FileChannel.open(index(), StandardOpenOption.WRITE)) {
            long end = channel.size();
            channel.position(end);
            try {
                int first = FaultPoints.armed(ROW_FAULT_POINT) ? bytes.length / 2 : bytes.length;
                writeFully(channel, ByteBuffer.wrap(bytes, 0, first));
                if (first < bytes.length) {
                    channel.force(false);
                    FaultPoints.reach(ROW_FAULT_POINT);
                    writeFully(channel, ByteBuffer.wrap(bytes, first, bytes.length - first));
                }
                channel.force(false);
            } catch (IOException e) {
                try {
                    channel.truncate(end);
                } catch (IOException again) {
                    e.addSuppressed(again); // the next open drops the cut line
                }
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to " + index() + ": " + describe(e), e);
        }
    }

    private static void writeFully(FileChannel channel, ByteBuffer bytes) throws IOException {
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
    }

    private static String line(String name, ResultRow row) {
        Setting s = row.setting();
        ChangeSummary c = row.change();
        return String.join("\t", name, escape(row.recordId()), s.method().name(), Double.toString(s.guidance()),
                Integer.toString(s.steps()), Integer.toString(s.skip()), Integer.toString(s.dilation()), Long.toString(s.seed()),
                Long.toString(row.editSeed()), Double.toString(row.score()), Boolean.toString(row.kept()),
                Double.toString(c.meanChangeInsideEdit()), Double.toString(c.meanChangeOutsideMasks()),
                Double.toString(c.maxChangeOutsideMasks()), Integer.toString(c.pixelsOutsideMasks()),
                Integer.toString(c.keepPixels()), Integer.toString(c.keepPixelsChanged()), row.runtime()) + "\n";
    }

    private void readIndex(Path index) throws IOException {
        String text = Files.readString(index, StandardCharsets.UTF_8);
        int complete = text.lastIndexOf('\n') + 1;
        if (complete < text.length()) {
            // A crash cut the last line: drop it so the edit is made again.
            try (FileChannel channel = FileChannel.open(index, StandardOpenOption.WRITE)) {
                channel.truncate(text.substring(0, complete).getBytes(StandardCharsets.UTF_8).length);
            }
        }
        String[] lines = text.substring(0, complete).split("\n", -1);
        if (lines.length == 0 || !lines[0].equals(String.join("\t", COLUMNS))) {
            throw new IllegalStateException(index + " is not a results index of this version (its first line is not"
                    + " the header this version writes: " + COLUMNS.length + " columns, " + String.join(", ", COLUMNS)
                    + "); use another directory");
        }
        Path images = directory.resolve("images");
        for (int i = 1; i < lines.length - 1; i++) { // the last piece is the empty string after the final newline
            ResultRow row = parse(lines[i], index, i + 1);
            String name = fileName(row.key());
            for (String suffix : NEEDED_IMAGES) {
                if (!Files.isRegularFile(images.resolve(name + suffix))) {
                    throw new IllegalStateException(index + " line " + (i + 1) + " (" + row.recordId() + ") names an edit"
                            + " whose image " + images.resolve(name + suffix) + " is missing; delete that line to make"
                            + " the edit again");
                }
            }
            if (byKey.put(row.key(), row) != null) {
                throw new IllegalStateException(index + " line " + (i + 1) + " repeats the edit of " + row.recordId()
                        + " with the same setting; the file was changed by hand: delete one of the two lines");
            }
            rows.add(row);
        }
    }

    private static ResultRow parse(String line, Path index, int lineNumber) {
        String[] f = line.split("\t", -1);
        if (f.length != COLUMNS.length) {
            throw new IllegalStateException(index + " line " + lineNumber + " is damaged: " + f.length + " fields where "
                    + COLUMNS.length + " were expected; delete that line to make its edit again, or use another directory");
        }
        try {
            Setting setting = new Setting(EditMethod.named(f[2]), Double.parseDouble(f[3]), Integer.parseInt(f[4]),
                    Integer.parseInt(f[5]), Integer.parseInt(f[6]), Long.parseLong(f[7]));
            ChangeSummary change = new ChangeSummary(Double.parseDouble(f[11]), Double.parseDouble(f[12]),
                    Double.parseDouble(f[13]), Integer.parseInt(f[14]), Integer.parseInt(f[15]), Integer.parseInt(f[16]));
            return new ResultRow(unescape(f[1]), setting, Long.parseLong(f[8]), Double.parseDouble(f[9]),
                    Boolean.parseBoolean(f[10]), change, f[17]);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(index + " line " + lineNumber + " is damaged (" + e.getMessage()
                    + "); delete that line to make its edit again, or use another directory", e);
        }
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                out.append(n == 't' ? '\t' : n == 'n' ? '\n' : n);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v).replace('.', 'p');
    }
}
