package org.radedit.data;

import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Checks that every row of a CSV has as many cells as its header before a table library reads it:
 * a short row otherwise fails deep inside the parser ("Index 2 out of bounds"). The error names the
 * file, the line and the columns the row lacks (or how many cells too many it has).
 */
final class CsvRowShape {

    private CsvRowShape() {
    }

    static void check(Path csv) {
        CsvParserSettings settings = new CsvParserSettings();
        settings.setHeaderExtractionEnabled(false);
        settings.setSkipEmptyLines(true);
        settings.setMaxCharsPerColumn(-1);
        settings.setLineSeparatorDetectionEnabled(true);
        CsvParser parser = new CsvParser(settings);
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            parser.beginParsing(reader);
            String[] header = parser.parseNext();
            if (header == null) {
                throw new IllegalArgumentException("dataset CSV " + csv + " is empty: it needs a header line");
            }
            String[] row;
            while ((row = parser.parseNext()) != null) {
                if (row.length == header.length) {
                    continue;
                }
                long line = parser.getContext().currentLine();
                if (row.length < header.length) {
                    List<String> lacking = Arrays.asList(header).subList(row.length, header.length);
                    throw new IllegalArgumentException("dataset CSV " + csv + " line " + line + " has " + row.length
                            + " cell(s), the header has " + header.length + ": it lacks " + lacking);
                }
                throw new IllegalArgumentException("dataset CSV " + csv + " line " + line + " has " + row.length
                        + " cells, " + (row.length - header.length) + " more than the header's " + header.length
                        + " (an unquoted comma in a cell?)");
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read dataset CSV " + csv + ": " + e.getMessage(), e);
        } finally {
            parser.stopParsing();
        }
    }
}
