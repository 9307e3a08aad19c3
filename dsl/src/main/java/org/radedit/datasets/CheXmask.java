package org.radedit.datasets;

import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;
import org.radedit.data.Anatomy;
import org.radedit.data.ReadPolicy;
import org.radedit.data.ReadProblems;
import org.radedit.data.RecordReadException;
import org.radedit.image.CropGeometry;
import org.radedit.image.Mask;
import org.radedit.io.AtomicFiles;

/**
 * Lung and heart masks from the CheXmask database (REAL-PATH.md §6): one CSV per dataset, one row
 * per image with RLE strings for "Left Lung", "Right Lung" and "Heart", joined to a reader's
 * records by the id column ({@code dicom_id} for MIMIC-CXR-JPG, {@code Path} for CheXpert,
 * {@code Image Index} for ChestX-ray14). "Right Lung" is the patient's right, the image's left,
 * as {@link Anatomy#RIGHT_LUNG}; {@link Anatomy#LUNGS} is the union of both lungs.
 *
 * <p>Opening reads the file once and keeps, per id, where its row starts and its quality score;
 * the RLE strings (megabytes for the whole file) are read and decoded when a record's pixels are.
 * A {@code .gz} file is decompressed once into the cache folder to allow that.
 *
 * <p>Geometry: {@link Geometry#ORIGINAL_RESOLUTION} masks are at the image's own size;
 * {@link Geometry#PREPROCESSED} masks are 1024 x 1024 after padding the image to a centred square
 * (padding {@code floor((side - w) / 2)} on the left and top, an assumption: the exact rounding
 * was not found), and are mapped back onto the image. By default the geometry is read from the
 * path (a folder named {@code Preprocessed} or {@code OriginalResolution}); name it otherwise.
 *
 * @param csv        the per-dataset CSV (or .csv.gz)
 * @param geometry   how the masks relate to the image
 * @param minimumDice rows with {@code Dice RCA (Mean)} below this give no masks (0 keeps all; 0.7 is
 *                   the CheXmask authors' suggested cut)
 * @param cacheFolder where a decompressed copy of a .gz file goes
 */
public record CheXmask(Path csv, Geometry geometry, double minimumDice, Path cacheFolder) {

    /** How the masks of a CheXmask file relate to the images. */
    public enum Geometry {
        ORIGINAL_RESOLUTION, PREPROCESSED, FROM_PATH
    }

    private static final int PREPROCESSED_SIZE = 1024;

    public CheXmask {
        Objects.requireNonNull(csv, "csv");
        Objects.requireNonNull(geometry, "geometry");
        Objects.requireNonNull(cacheFolder, "cacheFolder");
        if (!(minimumDice >= 0 && minimumDice <= 1)) {
            throw new IllegalArgumentException("minimum Dice RCA must lie in [0, 1], got " + minimumDice);
        }
    }

    public static CheXmask at(Path csv) {
        return new CheXmask(csv, Geometry.FROM_PATH, 0, CacheFolder.defaultFolder());
    }

    public CheXmask geometry(Geometry g) {
        return new CheXmask(csv, g, minimumDice, cacheFolder);
    }

    /** Only rows with {@code Dice RCA (Mean) >= threshold} give masks (the authors suggest 0.7). */
    public CheXmask minimumDice(double threshold) {
        return new CheXmask(csv, geometry, threshold, cacheFolder);
    }

    public CheXmask cacheFolder(Path folder) {
        return new CheXmask(csv, geometry, minimumDice, folder);
    }

    /** The geometry in force: the one named, or the one the path says. */
    public Geometry resolvedGeometry() {
        if (geometry != Geometry.FROM_PATH) {
            return geometry;
        }
        for (Path p = csv.toAbsolutePath(); p != null; p = p.getParent()) {
            String name = p.getFileName() == null ? "" : p.getFileName().toString();
            if (name.equalsIgnoreCase("Preprocessed")) {
                return Geometry.PREPROCESSED;
            }
            if (name.equalsIgnoreCase("OriginalResolution")) {
                return Geometry.ORIGINAL_RESOLUTION;
            }
        }
        throw new IllegalArgumentException("cannot tell from its path whether CheXmask file " + csv + " holds"
                + " OriginalResolution or Preprocessed masks; say .geometry(CheXmask.Geometry.ORIGINAL_RESOLUTION)"
                + " or .geometry(CheXmask.Geometry.PREPROCESSED)");
    }

    /**
     * Reads the file's index: each row's id (as {@code idKey} maps it), offset and quality. Rows
     * that are malformed throw (strict) or are counted and skipped (lenient).
     */
    Index index(String idColumn, Function<String, String> idKey, ReadPolicy policy, ReadProblems problems) {
        Geometry g = resolvedGeometry();
        Path plain = plainFile();
        return Index.build(this, plain, g, idColumn, idKey, policy, problems);
    }

    private Path plainFile() {
        if (!Files.isRegularFile(csv)) {
            throw new RecordReadException("CheXmask file " + csv + " does not exist or is not a file");
        }
        if (!csv.getFileName().toString().endsWith(".gz")) {
            return csv;
        }
        try {
            Path target = cacheFolder.resolve("chexmask-" + CacheFolder.keyOf(csv, Files.size(csv),
                    Files.getLastModifiedTime(csv).toMillis()) + ".csv");
            if (!Files.isRegularFile(target)) {
                AtomicFiles.write(target, file -> {
                    try (InputStream in = new GZIPInputStream(Files.newInputStream(csv), 1 << 16);
                         OutputStream out = Files.newOutputStream(file)) {
                        in.transferTo(out);
                    } catch (java.io.EOFException e) {
                        throw new RecordReadException(csv + ": the gzip file is cut short (" + e.getMessage() + ")", e);
                    }
                });
            }
            return target;
        } catch (IOException e) {
            throw new RecordReadException("cannot decompress CheXmask file " + csv + " into " + cacheFolder + ": "
                    + e.getMessage(), e);
        }
    }

    /** Where each row is, by id, and how to read its masks. */
    static final class Index {

        private record Entry(long offset, int length, long line, int height, int width) {
        }

        private final CheXmask source;
        private final Path plain;
        private final Geometry geometry;
        private final Map<String, Entry> entries;
        private final int left;
        private final int right;
        private final int heart;
        private final int height;
        private final int width;
        private final int columns;

        private Index(CheXmask source, Path plain, Geometry geometry, Map<String, Entry> entries,
                      int left, int right, int heart, int height, int width, int columns) {
            this.source = source;
            this.plain = plain;
            this.geometry = geometry;
            this.entries = entries;
            this.left = left;
            this.right = right;
            this.heart = heart;
            this.height = height;
            this.width = width;
            this.columns = columns;
        }

        static Index build(CheXmask source, Path plain, Geometry geometry, String idColumn,
                           Function<String, String> idKey, ReadPolicy policy, ReadProblems problems) {
            CsvParser parser = parser();
            Map<String, Entry> entries = new HashMap<>();
            try (RecordScanner scanner = new RecordScanner(plain)) {
                RecordScanner.Record head = scanner.next();
                if (head == null) {
                    throw new RecordReadException(source.csv + " is empty; expected a CheXmask header");
                }
                String[] header = parser.parseLine(head.text());
                Map<String, Integer> col = new HashMap<>();
                for (int i = 0; i < header.length; i++) {
                    col.putIfAbsent(header[i] == null ? "" : header[i].trim(), i);
                }
                int id = need(col, idColumn, source.csv, header);
                int dice = need(col, "Dice RCA (Mean)", source.csv, header);
                int left = need(col, "Left Lung", source.csv, header);
                int right = need(col, "Right Lung", source.csv, header);
                int heart = need(col, "Heart", source.csv, header);
                int h = need(col, "Height", source.csv, header);
                int w = need(col, "Width", source.csv, header);
                for (RecordScanner.Record r = scanner.next(); r != null; r = scanner.next()) {
                    try {
                        String[] cells = parser.parseLine(r.text());
                        if (cells == null || cells.length != header.length) {
                            throw new RecordReadException(source.csv + " line " + r.line() + ": "
                                    + (cells == null ? 0 : cells.length) + " cells, expected " + header.length);
                        }
                        double d = number(cells[dice], "Dice RCA (Mean)", source.csv, r.line());
                        int hh = (int) number(cells[h], "Height", source.csv, r.line());
                        int ww = (int) number(cells[w], "Width", source.csv, r.line());
                        if (d >= source.minimumDice) {
                            entries.put(idKey.apply(cells[id].trim()), new Entry(r.offset(), r.length(), r.line(), hh, ww));
                        }
                    } catch (RecordReadException e) {
                        if (policy == ReadPolicy.STRICT) {
                            throw e;
                        }
                        problems.skipped(e.getMessage());
                    }
                }
                return new Index(source, plain, geometry, entries, left, right, heart, h, w, header.length);
            } catch (IOException e) {
                throw new RecordReadException("cannot read CheXmask file " + source.csv + ": " + e.getMessage(), e);
            }
        }

        int size() {
            return entries.size();
        }

        boolean has(String key) {
            return entries.containsKey(key);
        }

        java.util.Set<String> keys() {
            return entries.keySet();
        }

        long line(String key) {
            return entries.get(key).line();
        }

        /** The four masks of a row at the image's size (reads and decodes the row now). */
        Map<Anatomy, Mask> masks(String key, int imageWidth, int imageHeight) {
            Entry e = entries.get(key);
            String[] cells;
            try (FileChannel ch = FileChannel.open(plain, StandardOpenOption.READ)) {
                ByteBuffer buf = ByteBuffer.allocate(e.length());
                while (buf.hasRemaining() && ch.read(buf, e.offset() + buf.position()) > 0) {
                    // read the whole row
                }
                cells = parser().parseLine(new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8));
            } catch (IOException ex) {
                throw new RecordReadException("cannot read " + source.csv + " line " + e.line() + ": " + ex.getMessage(), ex);
            }
            if (cells == null || cells.length != columns) {
                throw new RecordReadException(source.csv + " line " + e.line() + " changed since it was indexed");
            }
            Map<Anatomy, Mask> out = new EnumMap<>(Anatomy.class);
            Mask l = toImage(decode(cells[left], "Left Lung", e), imageWidth, imageHeight, e);
            Mask r = toImage(decode(cells[right], "Right Lung", e), imageWidth, imageHeight, e);
            out.put(Anatomy.LEFT_LUNG, l);
            out.put(Anatomy.RIGHT_LUNG, r);
            out.put(Anatomy.LUNGS, l.union(r));
            out.put(Anatomy.HEART, toImage(decode(cells[heart], "Heart", e), imageWidth, imageHeight, e));
            return out;
        }

        private Mask decode(String rle, String column, Entry e) {
            try {
                return Rle.decode(rle, e.height(), e.width());
            } catch (IllegalArgumentException ex) {
                throw new RecordReadException(source.csv + " line " + e.line() + ", column " + column + ": "
                        + ex.getMessage(), ex);
            }
        }

        private Mask toImage(Mask m, int w, int h, Entry e) {
            if (geometry == Geometry.ORIGINAL_RESOLUTION) {
                if (m.width() != w || m.height() != h) {
                    throw new RecordReadException(source.csv + " line " + e.line() + ": an OriginalResolution mask is "
                            + m.height() + "x" + m.width() + " (Height x Width) but the image is " + h + "x" + w);
                }
                return m;
            }
            if (m.width() != PREPROCESSED_SIZE || m.height() != PREPROCESSED_SIZE) {
                throw new RecordReadException(source.csv + " line " + e.line() + ": a Preprocessed mask is "
                        + m.height() + "x" + m.width() + ", expected 1024x1024");
            }
            int side = Math.max(w, h);
            return new CropGeometry(PREPROCESSED_SIZE, PREPROCESSED_SIZE, side, side, (side - w) / 2, (side - h) / 2, w, h)
                    .apply(m);
        }

        private static CsvParser parser() {
            CsvParserSettings s = new CsvParserSettings();
            s.setMaxCharsPerColumn(-1);
            s.setMaxColumns(64);
            s.setNullValue("");
            s.setEmptyValue("");
            return new CsvParser(s);
        }

        private static int need(Map<String, Integer> col, String name, Path csv, String[] header) {
            Integer i = col.get(name);
            if (i == null) {
                throw new RecordReadException(csv + " has no column " + name + "; its header is " + java.util.List.of(header));
            }
            return i;
        }

        private static double number(String cell, String column, Path csv, long line) {
            try {
                return Double.parseDouble(cell.trim());
            } catch (NumberFormatException | NullPointerException e) {
                throw new RecordReadException(csv + " line " + line + ", column " + column + ": \"" + cell
                        + "\" is not a number");
            }
        }
    }
}
