package org.radedit.kernel.analysis;

import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;

/** Finds where the snippet holding a cursor starts in a multi-snippet cell. */
final class SnippetLocator {

    private SnippetLocator() {
    }

    /** Start offset of the snippet that contains {@code cursor} in {@code text} (magic lines already blanked). */
    static int snippetStart(SourceCodeAnalysis analysis, String text, int cursor) {
        int base = 0;
        String rest = text;
        while (true) {
            int lead = leadingBlanks(rest);
            if (base + lead >= cursor) {
                return Math.min(base + lead, cursor);
            }
            String trimmed = rest.substring(lead);
            CompletionInfo info = analysis.analyzeCompletion(trimmed);
            int used = trimmed.length() - info.remaining().length();
            boolean complete = switch (info.completeness()) {
                case COMPLETE, COMPLETE_WITH_SEMI -> true;
                default -> false;
            };
            if (!complete || used <= 0 || base + lead + used >= cursor) {
                return base + lead;
            }
            base += lead + used;
            rest = info.remaining();
        }
    }

    static int leadingBlanks(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
