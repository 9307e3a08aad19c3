package org.radedit.kernel.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import jdk.jshell.JShell;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.radedit.kernel.analysis.CompletenessChecker.Verdict;
import org.radedit.kernel.analysis.CompletenessChecker.Verdict.Status;

class CodeAnalysisTest {

    private static JShell shell;
    private static CodeCompleter completer;
    private static CodeInspector inspector;
    private static CompletenessChecker completeness;

    @BeforeAll
    static void start() {
        shell = JShell.create();
        shell.eval("int radius = 3;");
        completer = new CodeCompleter(shell.sourceCodeAnalysis(), () -> List.of("jars", "maven", "vars"));
        inspector = new CodeInspector(shell.sourceCodeAnalysis());
        completeness = new CompletenessChecker(shell.sourceCodeAnalysis());
    }

    @AfterAll
    static void stop() {
        shell.close();
    }

    @Test
    void completesMethods() {
        assertEquals(new CodeCompleter.Completion(List.of("abs(", "absExact("), 5, 7), completer.complete("Math.ab", 7));
    }

    @Test
    void completesInTheSnippetUnderTheCursor() {
        String cell = "int other = 1;\n%vars\nrad";
        assertEquals(new CodeCompleter.Completion(List.of("radius"), cell.length() - 3, cell.length()),
                completer.complete(cell, cell.length()));
    }

    @Test
    void completesMagicNames() {
        assertEquals(new CodeCompleter.Completion(List.of("%maven"), 4, 7), completer.complete("1;\n %ma", 7));
    }

    @Test
    void inspectsTheNameAroundTheCursor() {
        assertEquals("int Math.floorMod(int x, int y)\n\nint Math.floorMod(long x, int y)\n\nlong Math.floorMod(long x, long y)",
                inspector.inspect("Math.floorMod", 8));
        assertNull(inspector.inspect("   ", 1));
    }

    @Test
    void tellsCompleteIncompleteAndInvalid() {
        assertEquals(new Verdict(Status.COMPLETE, ""), completeness.check("int a = 1;\na + 1"));
        assertEquals(new Verdict(Status.COMPLETE, ""), completeness.check("%maven g:a:1"));
        assertEquals(new Verdict(Status.INCOMPLETE, "        "), completeness.check("void f() {\n  if (true) {"));
        assertEquals(new Verdict(Status.INCOMPLETE, "    "), completeness.check("int y = 1 +"));
        assertEquals(new Verdict(Status.INVALID, ""), completeness.check("}"));
    }
}
