package org.radedit.datasets;

import com.univocity.parsers.common.TextParsingException;
import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.radedit.data.RecordReadException;

/**
 * One index file of a dataset (a CSV, plain or gzip-compressed), read row by row with univocity's
 * streaming parser, so a 377,110-row index is never held whole. The first row is the header.
 *
 * <p>A row must have one cell per named column (trailing cells under an empty header name, like
 * NIH's trailing comma, may be left out); any other count is a {@link RecordReadException} that
 * names the file, the line and the columns expected. A gzip file that ends early is an error that
 * says so. Lines count from 1 (the header).
 */
final class IndexCsv implements Iterator<IndexCsv.Row>, Closeable {

    private final Path file;
    private final CsvParser parser;
    private final List<String> header;
    private final int named;
    private final Map<String, Integer> columns = new HashMap<>();
    private String[] next;
    private long nextLine;
    private RecordReadException pending;
    private TruncationGuard guard;
    private long lastLine = 1;
    private long rows;

    /** One data row. */
    record Row(IndexCsv source, long line, String[] cells) {

        /** The cell of a column index from {@link IndexCsv#column}; "" when blank or left out. */
        String get(int column) {
            String v = column < cells.length ? cells[column] : null;
            return v == null ? "" : v.trim();
        }

        /** "F line N" for messages. */
        String where() {
            return source.file + " line " + line;
        }
    }

    private IndexCsv(Path file) {
        this.file = file;
        CsvParserSettings settings = new CsvParserSettings();
        settings.setHeaderExtractionEnabled(false);
        settings.setLineSeparatorDetectionEnabled(true);
        settings.setMaxCharsPerColumn(-1);   // CheXmask's RLE cells run to megabytes
        settings.setMaxColumns(4096);
        settings.setIgnoreLeadingWhitespaces(false);
        settings.setIgnoreTrailingWhitespaces(false);
        settings.setReadInputOnSeparateThread(false);
        settings.setNullValue("");
        settings.setEmptyValue("");
        this.parser = new CsvParser(settings);
        try {
            guard = new TruncationGuard(stream(file));
            parser.beginParsing(new InputStreamReader(guard, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new RecordReadException("cannot open " + file + ": " + e.getMessage(), e);
        }
        String[] first = parseNext();
        if (first == null) {
            throw new RecordReadException(file + " is empty; expected a header line");
        }
        header = Arrays.stream(first).map(h -> h == null ? "" : h.trim()).toList();
        int n = header.size();
        while (n > 0 && header.get(n - 1).isEmpty()) {
            n--;
        }
        named = n;
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i), i);
        }
        advance();
    }

    /**
     * Opens the file and checks that it has these columns (each entry: one name, or alternatives
     * separated by {@code |}), so that a file without them fails when it is opened, not row by row.
     */
    static IndexCsv open(Path file, String... requiredColumns) {
        IndexCsv csv = open(file);
        try {
            for (String c : requiredColumns) {
                csv.column(c.split("\\|"));
            }
            return csv;
        } catch (RecordReadException e) {
            csv.close();
            throw e;
        }
    }

    /** Opens the file (".gz" names are decompressed) and reads its header. */
    static IndexCsv open(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new RecordReadException("index file " + file + " does not exist or is not a file");
        }
        return new IndexCsv(file);
    }

    private static InputStream stream(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        return file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    }

    Path file() {
        return file;
    }

    List<String> header() {
        return header;
    }

    /** The index of the first column with one of these names; an error naming the file when none is there. */
    int column(String... names) {
        for (String name : names) {
            Integer i = columns.get(name);
            if (i != null) {
                return i;
            }
        }
        throw new RecordReadException(file + " has no column " + (names.length == 1 ? names[0] : "of " + List.of(names))
                + "; its header is " + header.subList(0, named));
    }

    /** The index of a column, or -1 when the file has none. */
    int optionalColumn(String name) {
        return columns.getOrDefault(name, -1);
    }

    /** Rows handed out so far. */
    long rows() {
        return rows;
    }

    @Override
    public boolean hasNext() {
        return next != null || pending != null;
    }

    /** The next row; a row with the wrong number of cells throws, naming file, line and columns. */
    @Override
    public Row next() {
        if (next == null) {
            if (pending != null) {
                RecordReadException e = pending;
                pending = null;
                throw e;
            }
            throw new NoSuchElementException(file + " has no more rows");
        }
        String[] cells = next;
        long line = nextLine;
        try {
            advance();
        } catch (RecordReadException e) {
            next = null;
            pending = e;   // the file broke after this row: hand this row out, the error next
        }
        rows++;
        if (next == null && pending != null) {
            // The row before a cut may be partial (its last cell cut): report the cut instead of it.
            RecordReadException cut = pending;
            pending = null;
            throw cut;
        }
        if (cells.length < named || cells.length > header.size()) {
            throw new RecordReadException(file + " line " + line + ": " + cells.length + " cells, expected "
                    + named + " (" + String.join(", ", header.subList(0, named)) + ")");
        }
        return new Row(this, line, cells);
    }

    private void advance() {
        next = parseNext();
        nextLine = next == null ? -1 : parser.getContext().currentLine();
        if (next != null) {
            lastLine = nextLine;
        } else if (guard.failure != null) {
            pending = cutShort();
        }
        if (next != null && next.length == 1 && (next[0] == null || next[0].isBlank()) && header.size() > 1) {
            advance(); // a blank line
        }
    }

    private String[] parseNext() {
        try {
            return parser.parseNext();
        } catch (TextParsingException e) {
            Throwable cause = e.getCause();
            if (cause instanceof EOFException || cause instanceof ZipException) {
                throw new RecordReadException(file + ": the gzip file is cut short or corrupt after line "
                        + parser.getContext().currentLine() + " (" + cause.getMessage() + ")", e);
            }
            throw new RecordReadException(file + " line " + parser.getContext().currentLine() + ": not valid CSV ("
                    + firstLine(e.getMessage()) + ")", e);
        } catch (UncheckedIOException e) {
            throw new RecordReadException(file + ": cannot read after line " + parser.getContext().currentLine()
                    + " (" + e.getMessage() + ")", e);
        }
    }

    private RecordReadException cutShort() {
        return new RecordReadException(file + ": the gzip file is cut short or corrupt after line " + lastLine
                + " (" + guard.failure.getMessage() + ")", guard.failure);
    }

    /** Ends the stream where the gzip data breaks off and remembers why, so the rows before it are read. */
    private static final class TruncationGuard extends java.io.FilterInputStream {
        IOException failure;

        TruncationGuard(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            if (failure != null) {
                return -1;
            }
            try {
                return super.read();
            } catch (EOFException | ZipException e) {
                failure = e;
                return -1;
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (failure != null) {
                return -1;
            }
            try {
                return super.read(b, off, len);
            } catch (EOFException | ZipException e) {
                failure = e;
                return -1;
            }
        }
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }

    @Override
    public void close() {
        parser.stopParsing();
    }
}
