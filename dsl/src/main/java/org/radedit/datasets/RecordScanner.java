package org.radedit.datasets;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Splits a CSV file into records with their byte offsets, so that one record can be read again
 * later without reading the file: a record ends at a line break outside double quotes (RFC 4180;
 * an escaped {@code ""} toggles twice). Trailing {@code \r} is dropped.
 */
final class RecordScanner implements Closeable {

    /** One record: its text, where it starts, how many bytes, and its first line number (from 1). */
    record Record(String text, long offset, int length, long line) {
    }

    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int pos;
    private int limit;
    private long offset;
    private long line = 1;
    private byte[] record = new byte[1 << 12];

    RecordScanner(Path file) throws IOException {
        this.in = Files.newInputStream(file);
    }

    /** The next record, or null at the end of the file. */
    Record next() throws IOException {
        int n = 0;
        boolean quoted = false;
        long start = offset;
        long firstLine = line;
        while (true) {
            if (pos == limit) {
                limit = in.read(buffer);
                pos = 0;
                if (limit <= 0) {
                    limit = 0;
                    if (n == 0) {
                        return null;
                    }
                    return make(n, start, firstLine);
                }
            }
            byte b = buffer[pos++];
            offset++;
            if (b == '"') {
                quoted = !quoted;
            } else if (b == '\n') {
                line++;
                if (!quoted) {
                    if (n == 0 || (n == 1 && record[0] == '\r')) {
                        start = offset;   // skip an empty line
                        firstLine = line;
                        n = 0;
                        continue;
                    }
                    return make(n, start, firstLine);
                }
            }
            if (n == record.length) {
                record = Arrays.copyOf(record, record.length * 2);
            }
            record[n++] = b;
        }
    }

    private Record make(int n, long start, long firstLine) {
        int len = n > 0 && record[n - 1] == '\r' ? n - 1 : n;
        return new Record(new String(record, 0, len, StandardCharsets.UTF_8), start, n, firstLine);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
