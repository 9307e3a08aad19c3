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

    @Test
    void anInterruptThatComesBeforeTheCodeStartsIsRememberedAndTheCodeNeverRuns() throws Exception {
        // What the kernel does when Kernel → Interrupt arrives while the cell is still being compiled:
        // the cell has begun, the worker is not running anything yet.
        System.clearProperty("radedit.test.ran");
        shells.worker.beginCell();
        shells.worker.interrupt();
        CellError e = assertThrows(CellError.class,
                () -> shells.evaluator.evalNested("System.setProperty(\"radedit.test.ran\", \"yes\");\nint after = 1;", 20));
        assertEquals(ErrorReports.INTERRUPTED, e.name());
        assertEquals(null, System.getProperty("radedit.test.ran"), "the interrupted code did not run");
        assertEquals(2, shells.value("1 + 1", 21), "the next cell runs");
    }

    @Test
    void codeThatSurvivesAHardStopIsAbandonedAndTheNextCellRunsOnAFreshThread() throws Exception {
        CompletableFuture<CellError> run = CompletableFuture.supplyAsync(() -> {
            try {
                shells.value("org.radedit.kernel.exec.RogueLoop.spin();", 30);
                return null;
            } catch (CellError e) {
                return e;
            }
        });
        try {
            long start = System.nanoTime();
            while (!RogueLoop.running()) {
                assertTrue(System.nanoTime() - start < 30e9, "the loop never started");
                Thread.sleep(10);
            }
            shells.worker.interrupt();
            CellError e = run.get(30, TimeUnit.SECONDS);
            assertEquals(ErrorReports.INTERRUPTED, e.name());
            assertTrue(e.value().startsWith("the code ignored the interrupt and survived a hard stop"), e.value());
            assertTrue(RogueLoop.running(), "the abandoned code still runs (it cannot be stopped)");
            assertEquals(7, shells.value("3 + 4", 31), "the next cell runs although the old thread is busy");
            assertTrue(shells.value("Thread.currentThread().getName()", 32).toString().startsWith("notebook-cell-"));
        } finally {
            RogueLoop.release();
        }
    }

    @Test
    void anOutOfMemoryErrorIsReportedAsSuchAndTheNextCellWorks() throws Exception {
        CellError e = assertThrows(CellError.class, () -> shells.value("long[] huge = new long[Integer.MAX_VALUE - 8];", 40));
        assertEquals("java.lang.OutOfMemoryError", e.name());
        assertTrue(e.traceback().stream().anyMatch(l -> l.startsWith("(the kernel's heap is limited to ")), e.traceback().toString());
        assertEquals(5, shells.value("2 + 3", 41));
    }
}
