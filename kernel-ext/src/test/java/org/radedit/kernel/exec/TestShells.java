package org.radedit.kernel.exec;

import java.time.Duration;
import java.util.Map;
import jdk.jshell.JShell;

/** An in-process JShell wired as the kernel wires it, without Jupyter. */
final class TestShells implements AutoCloseable {

    final CellWorker worker = new CellWorker(Duration.ofMillis(500));
    final NotebookLoaderDelegate loader = new NotebookLoaderDelegate(TestShells.class.getClassLoader());
    final InProcessExecutionControl control = new InProcessExecutionControl(loader, worker);
    final JShell shell = JShell.builder().executionEngine(new InProcessControlProvider(control), Map.of()).build();
    final CellEvaluator evaluator;

    TestShells(CellEvaluator.MagicRunner magics) {
        shell.addToClasspath(System.getProperty("java.class.path"));
        evaluator = new CellEvaluator(shell, control, worker, new SnippetOrigins(), magics);
    }

    TestShells() {
        this((call, count) -> "magic " + call.name() + " " + call.args());
    }

    Object value(String cell, int count) throws CellError {
        CellEvaluator.CellValue value = evaluator.evalCell(cell, count);
        return value.present() ? value.value() : "<none>";
    }

    @Override
    public void close() {
        shell.close();
        worker.close();
    }
}
