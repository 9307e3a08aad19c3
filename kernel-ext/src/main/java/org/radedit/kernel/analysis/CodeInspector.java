package org.radedit.kernel.analysis;

import java.util.List;
import java.util.stream.Collectors;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Documentation;
import org.radedit.kernel.exec.CellSource;

/** Shift+Tab inspection: signatures (and Javadoc where sources are known) of what is under the cursor. */
public final class CodeInspector {

    private final SourceCodeAnalysis analysis;

    public CodeInspector(SourceCodeAnalysis analysis) {
        this.analysis = analysis;
    }

    /** The documentation as plain text, or null when nothing is known there. */
    public String inspect(String code, int cursor) {
        String text = CellSource.withoutMagics(code);
        cursor = Math.max(0, Math.min(cursor, text.length()));
        int end = cursor;
        while (end < text.length() && Character.isJavaIdentifierPart(text.charAt(end))) {
            end++; // "Math.a|bs" and "Math.abs|" mean the same
        }
        int start = SnippetLocator.snippetStart(analysis, text, cursor);
        String input = text.substring(start, end);
        List<Documentation> docs = analysis.documentation(input, input.length(), true);
        if (docs.isEmpty()) {
            docs = analysis.documentation(input + "(", input.length() + 1, true); // a method named without "("
        }
        if (docs.isEmpty()) {
            return null;
        }
        return docs.stream()
                .map(doc -> doc.javadoc() == null || doc.javadoc().isBlank()
                        ? doc.signature()
                        : doc.signature() + "\n" + doc.javadoc().strip())
                .collect(Collectors.joining("\n\n"));
    }
}
