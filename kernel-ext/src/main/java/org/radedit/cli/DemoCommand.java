package org.radedit.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.radedit.studies.CohortSeeds;
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

    @Option(names = "--quick", description = "a quick look (about 6 minutes on 2 cores): one seed, fewer records and steps, noisier figures")
    boolean quick;

    @Option(names = "--out", defaultValue = "out", description = "output folder (default ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--resume", description = "keep the edits already in OUT/edits and make only the missing ones")
    boolean resume;

    @Option(names = "--cohorts", defaultValue = "first", description = "test cohorts' seed range: first (the studies'"
            + " own) or second (patients no training run and no test uses; default ${DEFAULT-VALUE})")
    String cohorts;

    @Override
    public Integer call() {
        DemoPlan plan = quick ? DemoPlan.quick() : DemoPlan.standard();
        CohortSeeds seeds = CohortSeeds.named(cohorts);
        PhantomDemo.prepare(out);
        System.out.printf("RadEdit demo (%s, %d seed(s), %s cohorts): %d edits planned, T=%d; edits stream to %s%n",
                plan.name(), plan.seeds(), seeds.name(), plan.totalEdits(), plan.steps(), out.resolve("edits").toAbsolutePath());
        PhantomDemo.Result result = new PhantomDemo(plan, out, resume, System.out, seeds).run();
        System.out.println();
        System.out.println(result.summary().plainText());
        System.out.printf("%nreport:  %s%nsummary: %s%ntime:    %.1f min%n", result.report().toAbsolutePath(),
                result.summaryFile().toAbsolutePath(), result.minutes());
        return 0;
    }
}
