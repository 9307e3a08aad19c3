package org.radedit.datasets;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sections of a MIMIC-CXR free-text report, after the header rule of MIT-LCP's
 * {@code section_parser.py} (REAL-PATH.md §3): a section starts at a line break, a space, a name
 * of capitals (and {@code ( ) / , -} and spaces), a colon and white space. The text a model is
 * conditioned on is the impression, else the findings, else the report's last paragraph.
 */
public final class ReportSections {

    private static final Pattern HEADER = Pattern.compile("\\n ([A-Z ()/,-]+):\\s");

    private ReportSections() {
    }

    /** Section name (upper case, trimmed) to its text (white space collapsed), in order. */
    public static Map<String, String> sections(String report) {
        String text = "\n" + report.replace("\r\n", "\n");
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = HEADER.matcher(text);
        String name = null;
        int from = 0;
        while (m.find()) {
            if (name != null) {
                out.merge(name, clean(text.substring(from, m.start())), (a, b) -> a + " " + b);
            }
            name = m.group(1).trim();
            from = m.end();
        }
        if (name != null) {
            out.merge(name, clean(text.substring(from)), (a, b) -> a + " " + b);
        }
        return out;
    }

    /** The impression, else the findings, else the last non-empty paragraph; "" for an empty report. */
    public static String impression(String report) {
        Map<String, String> s = sections(report);
        for (String name : new String[] {"IMPRESSION", "FINDINGS"}) {
            String v = s.get(name);
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        String[] paragraphs = report.replace("\r\n", "\n").trim().split("\\n\\s*\\n");
        for (int i = paragraphs.length - 1; i >= 0; i--) {
            String p = clean(paragraphs[i]);
            if (!p.isEmpty()) {
                return p.replaceFirst("^[A-Z ()/,-]+:\\s*", "");
            }
        }
        return "";
    }

    private static String clean(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }
}
