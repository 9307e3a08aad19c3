package org.radedit.cli;

import ai.djl.ndarray.NDManager;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.radedit.discovery.Discovery;
import org.radedit.discovery.DiscoveryReport;
import org.radedit.engine.Devices;
import org.radedit.models.PhantomModels;
import org.radedit.progress.WorkProgressBar;
import org.radedit.studies.PhantomDiscovery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code radedit discover}: which shift breaks a phantom study classifier, found without a hand-written study. */
@Command(name = "discover", mixinStandardHelpOptions = true,
        description = {"Failure discovery: propose the interventions the records allow, edit, score, ask the predictor and",
                "rank what breaks it; writes report.html and discovery.json. Edits stream to <out>/edits and a rerun",
                "resumes from them."})
final class DiscoverCommand implements Callable<Integer> {

    @Option(names = "--predictor", defaultValue = "pneumothorax-weak",
            description = "pneumothorax-weak, pneumothorax-strong, covid-weak or covid-strong (default ${DEFAULT-VALUE})")
    String predictor;

    @Option(names = "--budget", defaultValue = "96", description = "most new edits (default ${DEFAULT-VALUE})")
    int budget;

    @Option(names = "--start", defaultValue = "8", description = "edits per intervention in the first round (default ${DEFAULT-VALUE})")
    int start;

    @Option(names = "--cohort-size", defaultValue = "4000", description = "phantom studies in the cohort (default ${DEFAULT-VALUE})")
    int cohortSize;

    @Option(names = "--out", description = "folder of the report (default out/discover/<predictor>)")
    Path out;

    @Override
    public Integer call() {
        Path folder = out != null ? out : Path.of("out", "discover", predictor);
        try (NDManager manager = NDManager.newBaseManager(Devices.preferred())) {
            WorkProgressBar bar = new WorkProgressBar(System.err, "discover", budget, "edits");
            Discovery discovery = PhantomDiscovery.of(PhantomModels.committed(manager), predictor, cohortSize)
                    .budget(budget).startWith(start).into(folder.resolve("edits"))
                    .progress(p -> bar.update(p.used(), "round " + (p.round() + 1) + ", " + p.intervention()));
            DiscoveryReport report = discovery.run();
            bar.update(budget, "done");
            report.writeTo(folder);
            System.out.println(report.plainText());
            System.out.println("wrote " + folder.resolve("report.html") + " and " + folder.resolve("discovery.json"));
        }
        return 0;
    }
}
