package org.radedit.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.radedit.studies.DemoPlan;
import org.radedit.studies.PhantomDemo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code radedit demo}: the README's main job. Runs the three studies and the baseline comparison on
 * the phantom world with the committed models and writes {@code report.html} and {@code summary.json}.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run the acquisition, presentation and population studies and the baseline comparison on the",
                "phantom world with the committed models; write report.html and summary.json to --out."})
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--quick", description = "a quick look (under 3 minutes): fewer records and steps, noisier figures")
    boolean quick;

    @Option(names = "--out", defaultValue = "out", description = "output folder (default ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--resume", description = "keep the edits already in OUT/edits and make only the missing ones")
    boolean resume;

    @Override
    public Integer call() {
        DemoPlan plan = quick ? DemoPlan.quick() : DemoPlan.standard();
        PhantomDemo.prepare(out);
        System.out.printf("RadEdit demo (%s): %d edits planned, T=%d; edits stream to %s%n", plan.name(), plan.totalEdits(),
                plan.steps(), out.resolve("edits").toAbsolutePath());
        PhantomDemo.Result result = new PhantomDemo(plan, out, resume, System.out).run();
        System.out.println();
        System.out.println(result.summary().plainText());
        System.out.printf("%nreport:  %s%nsummary: %s%ntime:    %.1f min%n", result.report().toAbsolutePath(),
                result.summaryFile().toAbsolutePath(), result.minutes());
        return 0;
    }
}
