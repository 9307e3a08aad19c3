package org.radedit.kernel.exec;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.UnresolvedReferenceException;

/**
 * Turns what went wrong in a cell into a readable {@link CellError}: the user's own exception class
 * and message, stack frames pointing at notebook lines ({@code Cell In[3], line 5}), compiler errors
 * with the offending line and a caret.
 */
public final class ErrorReports {

    public static final String COMPILATION_ERROR = "CompilationError";
    public static final String INCOMPLETE_CODE = "IncompleteCode";
    public static final String UNRESOLVED_REFERENCE = "UnresolvedReference";
    public static final String INTERRUPTED = "CellInterrupted";

    private final SnippetOrigins origins;

    public ErrorReports(SnippetOrigins origins) {
        this.origins = origins;
    }

    /** An exception thrown by user code (JShell hands it over as {@link EvalException}s, causes included). */
    public CellError thrown(EvalException e, boolean interrupted) {
        List<String> lines = new ArrayList<>();
        Throwable t = e;
        String prefix = "";
        while (t != null) {
            lines.add(prefix + headline(t));
            for (StackTraceElement frame : t.getStackTrace()) {
                lines.add("    at " + frame(frame));
            }
            prefix = "Caused by: ";
            t = t.getCause();
        }
        if (interrupted) {
            lines.add("(the cell was interrupted: Kernel → Interrupt)");
        }
        if (OutOfMemoryError.class.getName().equals(className(e))) {
            lines.add(outOfMemoryAdvice());
        }
        return new CellError(className(e), message(e), lines);
    }

    /**
     * What to do after an {@link OutOfMemoryError}: the kernel lives on (what the cell allocated in
     * its own scope is garbage now), but what notebook variables hold stays.
     */
    static String outOfMemoryAdvice() {
        Runtime rt = Runtime.getRuntime();
        long mib = 1024 * 1024;
        return String.format(Locale.ROOT, "(the kernel's heap is limited to %d MiB, %d MiB in use now; the"
                + " kernel lives on. Values kept in notebook variables stay in memory: set large ones to null, use"
                + " smaller batches or fewer records, or restart the kernel; `radedit kernel"
                + " install --jvm-opt -Xmx...` sets the limit)", rt.maxMemory() / mib,
                (rt.totalMemory() - rt.freeMemory()) / mib);
    }

    /** A snippet that uses something not declared yet. */
    public CellError unresolved(JShell shell, UnresolvedReferenceException e) {
        Snippet snippet = e.getSnippet();
        List<String> missing = shell.unresolvedDependencies(e.getSnippet()).toList();
        String what = e.getSnippet().kind().name().toLowerCase(Locale.ROOT) + " " + e.getSnippet().name();
        String message = what + " cannot be used until " + String.join(", ", missing) + " is declared";
        List<String> lines = new ArrayList<>();
        lines.add(UNRESOLVED_REFERENCE + ": " + message);
        lines.add("    declared at " + origins.describe(snippet.id(), 1));
        return new CellError(UNRESOLVED_REFERENCE, message, lines);
    }

    /**
     * A snippet the compiler rejected. {@code snippetStart} is where its source starts in the cell.
     */
    public CellError rejected(JShell shell, Snippet snippet, String cell, int snippetStart, int executionCount) {
        List<String> lines = new ArrayList<>();
        String first = null;
        for (Diag diag : shell.diagnostics(snippet).toList()) {
            if (!diag.isError()) {
                continue;
            }
            String message = diagnosticMessage(diag);
            if (first == null) {
                first = message.lines().findFirst().orElse("");
            }
            int position = diag.getStartPosition() >= 0 ? snippetStart + (int) diag.getStartPosition() : snippetStart;
            lines.addAll(pointAt(cell, position, executionCount));
            lines.addAll(message.lines().toList());
        }
        if (first == null) {
            first = "the snippet was rejected";
            lines.addAll(pointAt(cell, snippetStart, executionCount));
            lines.add(first);
        }
        return new CellError(COMPILATION_ERROR, first, lines);
    }

    /** Java code that stops in the middle (an open brace, a dangling operator). */
    public CellError incomplete(String cell, int start, int executionCount) {
        List<String> lines = new ArrayList<>(pointAt(cell, start, executionCount));
        lines.add("this code is incomplete: the cell ends inside a statement or block");
        return new CellError(INCOMPLETE_CODE, "the cell ends inside a statement or block", lines);
    }

    /** Kernel → Interrupt ended the cell although the code threw nothing. */
    public CellError interrupted(CellWorker worker) {
        String message = worker.wasAbandoned()
                ? "the code ignored the interrupt and survived a hard stop: it was left running in the background"
                        + " (it still uses a core; restart the kernel to end it)"
                : worker.wasStopped()
                ? "the code ignored the interrupt and was stopped"
                : "the cell was interrupted";
        return new CellError(INTERRUPTED, message, List.of(INTERRUPTED + ": " + message));
    }

    /** A magic that failed: its message and causes, no kernel internals. */
    public CellError magicFailed(String magic, int executionCount, int line, Throwable error) {
        List<String> lines = new ArrayList<>();
        lines.add(SnippetOrigins.cellLine(executionCount, line) + ": %" + magic);
        String prefix = "";
        for (Throwable t = error; t != null; t = t.getCause()) {
            lines.add(prefix + headline(t));
            prefix = "Caused by: ";
        }
        return new CellError(className(error), message(error), lines);
    }

    private String frame(StackTraceElement frame) {
        String file = frame.getFileName();
        if (file != null && file.startsWith("#")) {
            String where = origins.describe(file.substring(1), frame.getLineNumber());
            String method = frame.getMethodName();
            return method == null || method.isEmpty() ? where : method + "(" + where + ")";
        }
        return frame.toString();
    }

    private static List<String> pointAt(String cell, int position, int executionCount) {
        position = Math.max(0, Math.min(position, cell.length()));
        int lineStart = cell.lastIndexOf('\n', position - 1) + 1;
        int lineEnd = cell.indexOf('\n', position);
        if (lineEnd < 0) {
            lineEnd = cell.length();
        }
        int lineNumber = (int) cell.substring(0, lineStart).chars().filter(c -> c == '\n').count() + 1;
        String text = cell.substring(lineStart, lineEnd);
        return List.of(SnippetOrigins.cellLine(executionCount, lineNumber),
                "    " + text,
                "    " + " ".repeat(position - lineStart) + "^");
    }

    private static String diagnosticMessage(Diag diag) {
        return String.join("\n", diag.getMessage(Locale.ROOT).lines()
                .filter(line -> !line.trim().startsWith("location:"))
                .toList());
    }

    static String className(Throwable t) {
        return t instanceof EvalException e ? e.getExceptionClassName() : t.getClass().getName();
    }

    private static String message(Throwable t) {
        return t.getMessage() == null ? "" : t.getMessage();
    }

    private static String headline(Throwable t) {
        return t.getMessage() == null ? className(t) : className(t) + ": " + t.getMessage();
    }
}
