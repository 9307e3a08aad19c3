package org.radedit.kernel.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.radedit.image.Mask;

// A cell that ignores interrupts must never hang the build: each test gets a hard limit.
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class CellEvaluatorTest {

    private static TestShells shells;

    @BeforeAll
    static void start() {
        shells = new TestShells();
    }

    @AfterAll
    static void stop() {
        shells.close();
    }

    @Test
    void resultsAreTheRealObjects() throws CellError {
        Object mask = shells.value("org.radedit.image.Mask.empty(3, 2)", 1);
        assertSame(Mask.class, mask.getClass()); // same class as the kernel's: renderers can show it
    }

    @Test
    void aCellOfManySnippetsShowsItsLastExpression() throws CellError {
        assertEquals(42, shells.value("int base = 40;\nint plus(int v) { return v + 2; }\nplus(base)", 2));
    }

    @Test
    void declarationsAndVoidCallsShowNothing() throws CellError {
        assertEquals("<none>", shells.value("int quiet = 1;\nSystem.out.print(\"\");", 3));
    }

    @Test
    void aBareVariableShowsItsObject() throws CellError {
        shells.value("var list = new java.util.ArrayList<String>(java.util.List.of(\"a\"));", 4);
        Object list = shells.value("list", 5);
        assertEquals(List.of("a"), list);
    }

    @Test
    void magicsRunInPlaceAndCanBeTheValue() throws CellError {
        assertEquals("magic vars []", shells.value("int before = 1;\n%vars", 6));
    }

    @Test
    void userExceptionsKeepTheirClassMessageCauseAndCellLines() {
        CellError e = assertThrows(CellError.class, () -> shells.value(
                "void explode() {\n  throw new IllegalStateException(\"boom\", new java.io.IOException(\"disk\"));\n}\n\nexplode();", 7));
        assertEquals("java.lang.IllegalStateException", e.name());
        assertEquals("boom", e.value());
        assertEquals(List.of("java.lang.IllegalStateException: boom",
                "    at explode(Cell In[7], line 2)",
                "    at Cell In[7], line 5",
                "Caused by: java.io.IOException: disk",
                "    at explode(Cell In[7], line 2)",
                "    at Cell In[7], line 5"), e.traceback());
    }

    @Test
    void compileErrorsPointAtTheLineAndColumn() {
        CellError e = assertThrows(CellError.class, () -> shells.value("int fine = 1;\n  String s = 12;", 8));
        assertEquals(ErrorReports.COMPILATION_ERROR, e.name());
        assertEquals("incompatible types: int cannot be converted to java.lang.String", e.value());
        assertEquals(List.of("Cell In[8], line 2", "    " + "  String s = 12;", "    " + "             ^",
                "incompatible types: int cannot be converted to java.lang.String"), e.traceback());
    }

    @Test
    void incompleteCodeIsReported() {
        CellError e = assertThrows(CellError.class, () -> shells.value("if (true) {", 9));
        assertEquals(ErrorReports.INCOMPLETE_CODE, e.name());
    }

    @Test
    void theNextCellWorksAfterAFailure() throws CellError {
        assertThrows(CellError.class, () -> shells.value("throw new RuntimeException(\"x\");", 10));
        assertEquals(3, shells.value("1 + 2", 11));
    }

    @Test
    void interruptStopsACooperativeCellAndSkipsTheRest() throws Exception {
        CompletableFuture<CellError> run = CompletableFuture.supplyAsync(() -> {
            try {
                shells.value("long spins = 0;\nwhile (!Thread.currentThread().isInterrupted()) spins++;\nint after = 1;", 12);
                return null;
            } catch (CellError e) {
                return e;
            }
        });
        Thread.sleep(500);
        shells.worker.interrupt();
        CellError e = run.get(10, TimeUnit.SECONDS);
        assertEquals(ErrorReports.INTERRUPTED, e.name());
        assertEquals("the cell was interrupted", e.value());
        assertTrue((long) shells.value("spins", 13) > 0);
        CellError notDeclared = assertThrows(CellError.class, () -> shells.value("after", 14));
        assertEquals("cannot find symbol", notDeclared.value());
    }
}
