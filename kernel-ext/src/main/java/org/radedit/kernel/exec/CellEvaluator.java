package org.radedit.kernel.exec;

import java.util.List;
import jdk.jshell.EvalException;
import jdk.jshell.ExpressionSnippet;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;
import jdk.jshell.UnresolvedReferenceException;
import org.radedit.kernel.exec.CellSource.JavaCode;
import org.radedit.kernel.exec.CellSource.MagicCall;

/**
 * Runs a cell: magics through {@link MagicRunner}, Java code snippet by snippet through JShell (a
 * cell may hold many statements and declarations). The value of the cell is the value of its last
 * part when that is an expression (or a magic that returns something), as in IJava.
 */
public final class CellEvaluator {

    /** The value a cell leaves for display, or none. */
    public record CellValue(boolean present, Object value) {
        public static final CellValue NONE = new CellValue(false, null);
    }

    /** Runs one magic; returns its value (null for none). */
    @FunctionalInterface
    public interface MagicRunner {
        Object run(MagicCall call, int executionCount) throws Exception;
    }

    private final JShell shell;
    private final InProcessExecutionControl control;
    private final CellWorker worker;
    private final SnippetOrigins origins;
    private final ErrorReports errors;
    private final MagicRunner magics;

    public CellEvaluator(JShell shell, InProcessExecutionControl control, CellWorker worker, SnippetOrigins origins,
            MagicRunner magics) {
        this.shell = shell;
        this.control = control;
        this.worker = worker;
        this.origins = origins;
        this.errors = new ErrorReports(origins);
        this.magics = magics;
    }

    /** Runs a whole cell as execution {@code executionCount}; starts a new interrupt scope. */
    public CellValue evalCell(String cell, int executionCount) throws CellError {
        worker.beginCell();
        return evalNested(cell, executionCount);
    }

    /** Runs cell text inside a running cell ({@code %load}): same interrupt scope. */
    public CellValue evalNested(String cell, int executionCount) throws CellError {
        CellValue value = CellValue.NONE;
        for (CellSource.Part part : CellSource.parse(cell).parts()) {
            value = part instanceof JavaCode code
                    ? evalJava(cell, code, executionCount)
                    : runMagic((MagicCall) part, executionCount);
            if (worker.wasInterrupted()) {
                throw errors.interrupted(worker);
            }
        }
        return value;
    }

    private CellValue runMagic(MagicCall call, int executionCount) throws CellError {
        try {
            Object result = magics.run(call, executionCount);
            return result == null ? CellValue.NONE : new CellValue(true, result);
        } catch (CellError e) {
            throw e;
        } catch (Exception e) {
            throw errors.magicFailed(call.name(), executionCount, call.line(), e);
        }
    }

    private CellValue evalJava(String cell, JavaCode part, int executionCount) throws CellError {
        CellValue value = CellValue.NONE;
        String rest = part.code();
        int consumed = 0;
        while (true) {
            int lead = leadingBlanks(rest);
            rest = rest.substring(lead);
            consumed += lead;
            if (rest.isEmpty()) {
                return value;
            }
            int start = part.offset() + consumed;
            CompletionInfo info = shell.sourceCodeAnalysis().analyzeCompletion(rest);
            switch (info.completeness()) {
                case EMPTY:
                    return value;
                case DEFINITELY_INCOMPLETE:
                case CONSIDERED_INCOMPLETE:
                    throw errors.incomplete(cell, start, executionCount);
                default:
                    break;
            }
            int used = rest.length() - info.remaining().length();
            if (used <= 0) {
                used = rest.length();
            }
            value = evalSnippet(cell, info.source().strip(), start, executionCount);
            consumed += used;
            rest = info.remaining();
            if (worker.wasInterrupted()) {
                throw errors.interrupted(worker);
            }
        }
    }

    private CellValue evalSnippet(String cell, String source, int start, int executionCount) throws CellError {
        int line = lineOf(cell, start);
        control.forgetLastValue();
        List<SnippetEvent> events = shell.eval(source);
        CellValue value = CellValue.NONE;
        for (SnippetEvent event : events) {
            if (event.causeSnippet() != null) {
                continue; // a knock-on update of an earlier snippet
            }
            Snippet snippet = event.snippet();
            origins.record(snippet.id(), executionCount, line);
            if (event.status() == Snippet.Status.REJECTED) {
                throw errors.rejected(shell, snippet, cell, start, executionCount);
            }
            if (event.exception() instanceof EvalException e) {
                throw errors.thrown(e, worker.wasInterrupted());
            }
            if (event.exception() instanceof UnresolvedReferenceException e) {
                throw errors.unresolved(shell, e);
            }
            if (event.exception() != null) {
                throw errors.interrupted(worker);
            }
            value = showsValue(snippet) && control.lastValue().present()
                    ? new CellValue(true, control.lastValue().value())
                    : CellValue.NONE;
        }
        return value;
    }

    /** Expressions show their value; declarations and statements do not. */
    private static boolean showsValue(Snippet snippet) {
        if (snippet instanceof ExpressionSnippet expression) {
            return !"void".equals(expression.typeName());
        }
        return snippet.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND;
    }

    private static int leadingBlanks(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < Math.min(offset, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
