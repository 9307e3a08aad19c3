package org.radedit.suite;

import java.nio.file.Path;
import java.util.Locale;
import org.radedit.data.TestFinding;
import org.radedit.engine.EditProgress;
import org.radedit.io.FaultPoints;
import org.radedit.render.HtmlReport;

/**
 * The run {@link SuiteCrashTest} kills: six fixture records in batches of two into a result
 * directory, then {@code report.html} over every edit there. Started in a child JVM with
 * {@code -Dradedit.faultPoint=...}, it pauses at that point and waits for SIGKILL; started without,
 * or in the test's own JVM through {@link #run}, it runs to the end.
 *
 * <p>Fault points besides those of the write paths: {@code "<phase> batch B step S"} after step S of
 * a phase of batch B (1-based), e.g. {@code "invert batch 2 step 3"}.
 */
final class CrashingRun {

    static final int RECORDS = 6;
    static final int BATCH = 2;

    private CrashingRun() {
    }

    public static void main(String[] args) {
        run(Path.of(args[0]));
        System.out.println("finished");
    }

    /** Runs (or resumes) into {@code dir}; returns how many edits this call made. */
    static int run(Path dir) {
        Suite suite = Suite.from(Fixtures.dataset(RECORDS)).using(Fixtures.toolkit())
                .edit(Masks.finding(TestFinding.PNEUMOTHORAX))
                .prompt("No pneumothorax").steps(Fixtures.STEPS).skip(2).score().batchSize(BATCH)
                .progress(CrashingRun::reachStep);
        DirectorySink sink = new DirectorySink(dir);
        RunSummary made = suite.runTo(sink);
        RunSummary all = new DirectorySink(dir).summary(suite.plan().scoring().threshold());
        HtmlReport.titled("Crash test").section("Edits", all).writeTo(dir.resolve("report.html"));
        return made.rows().size();
    }

    private static void reachStep(SuiteProgress progress) {
        EditProgress step = progress.step();
        if (step != null) {
            int batch = progress.editsDone() / BATCH + 1;
            FaultPoints.reach(step.phase().name().toLowerCase(Locale.ROOT) + " batch " + batch + " step " + step.step());
        }
    }
}
