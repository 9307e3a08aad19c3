package org.radedit.kernel.analysis;

import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;
import org.radedit.kernel.exec.CellSource;

/** {@code is_complete}: may a console run this cell now, or wait for more lines? */
public final class CompletenessChecker {

    /** The answer: complete, invalid, or incomplete with the indent for the next line. */
    public record Verdict(Status status, String indent) {
        public enum Status { COMPLETE, INCOMPLETE, INVALID }
    }

    private final SourceCodeAnalysis analysis;

    public CompletenessChecker(SourceCodeAnalysis analysis) {
        this.analysis = analysis;
    }

    public Verdict check(String code) {
        String rest = CellSource.withoutMagics(code);
        while (!rest.isBlank()) {
            CompletionInfo info = analysis.analyzeCompletion(rest.strip());
            switch (info.completeness()) {
                case COMPLETE, COMPLETE_WITH_SEMI, EMPTY -> rest = info.remaining();
                case DEFINITELY_INCOMPLETE, CONSIDERED_INCOMPLETE -> {
                    return new Verdict(Verdict.Status.INCOMPLETE, "    ".repeat(Math.max(1, openBraces(code))));
                }
                default -> {
                    return new Verdict(Verdict.Status.INVALID, "");
                }
            }
            if (info.completeness() == SourceCodeAnalysis.Completeness.EMPTY) {
                break;
            }
        }
        return new Verdict(Verdict.Status.COMPLETE, "");
    }

    private static int openBraces(String code) {
        int depth = 0;
        for (char c : code.toCharArray()) {
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth = Math.max(0, depth - 1);
            }
        }
        return depth;
    }
}
