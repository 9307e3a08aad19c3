package org.radedit.kernel.exec;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cell split into the parts that run it, in order: Java code (for JShell) and magics. A line whose
 * first non-blank characters are {@code %name} is a line magic; a cell whose first line is
 * {@code %%name} is a cell magic over the rest of the cell.
 */
public record CellSource(String text, List<Part> parts) {

    private static final Pattern LINE_MAGIC = Pattern.compile("^\\s*%([A-Za-z][\\w-]*)(.*)$");
    private static final Pattern CELL_MAGIC = Pattern.compile("^\\s*%%([A-Za-z][\\w-]*)(.*)$");

    /** One part of a cell. */
    public sealed interface Part permits JavaCode, MagicCall {
    }

    /** Java source starting at character {@code offset} of the cell. */
    public record JavaCode(String code, int offset) implements Part {
    }

    /** {@code %name args} on cell line {@code line}; {@code body} is the rest of the cell for a cell magic, else null. */
    public record MagicCall(String name, List<String> args, String body, int line) implements Part {
        public boolean isCellMagic() {
            return body != null;
        }
    }

    public static CellSource parse(String text) {
        List<Part> parts = new ArrayList<>();
        int firstNewline = text.indexOf('\n');
        String firstLine = firstNewline < 0 ? text : text.substring(0, firstNewline);
        Matcher cell = CELL_MAGIC.matcher(firstLine);
        if (cell.matches()) {
            String body = firstNewline < 0 ? "" : text.substring(firstNewline + 1);
            parts.add(new MagicCall(cell.group(1), splitArgs(cell.group(2)), body, 1));
            return new CellSource(text, parts);
        }
        int offset = 0;
        int javaStart = 0;
        int lineNumber = 1;
        while (offset <= text.length()) {
            int end = text.indexOf('\n', offset);
            int lineEnd = end < 0 ? text.length() : end;
            Matcher line = LINE_MAGIC.matcher(text.substring(offset, lineEnd));
            if (line.matches()) {
                addJava(parts, text, javaStart, offset);
                parts.add(new MagicCall(line.group(1), splitArgs(line.group(2)), null, lineNumber));
                javaStart = lineEnd + 1;
            }
            if (end < 0) {
                break;
            }
            offset = end + 1;
            lineNumber++;
        }
        addJava(parts, text, javaStart, text.length());
        return new CellSource(text, parts);
    }

    /** The cell with magic lines blanked out (same length and line numbers): what code analysis sees. */
    public static String withoutMagics(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (String line : text.split("\n", -1)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(LINE_MAGIC.matcher(line).matches() ? " ".repeat(line.length()) : line);
        }
        return out.toString();
    }

    /** Splits magic arguments at blanks; double quotes group, backslash escapes. */
    public static List<String> splitArgs(String args) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        boolean escaped = false;
        boolean any = false;
        for (char c : args.toCharArray()) {
            if (escaped) {
                current.append(c);
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
                any = true;
            } else if (c == '"') {
                quoted = !quoted;
                any = true;
            } else if (Character.isWhitespace(c) && !quoted) {
                if (any) {
                    out.add(current.toString());
                    current.setLength(0);
                    any = false;
                }
            } else {
                current.append(c);
                any = true;
            }
        }
        if (any) {
            out.add(current.toString());
        }
        return out;
    }

    private static void addJava(List<Part> parts, String text, int start, int end) {
        if (start < end && !text.substring(start, end).isBlank()) {
            parts.add(new JavaCode(text.substring(start, end), start));
        }
    }
}
