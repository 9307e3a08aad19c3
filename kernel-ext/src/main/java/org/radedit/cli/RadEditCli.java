package org.radedit.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code radedit} launcher: one command, a subcommand per job. */
@Command(name = "radedit", mixinStandardHelpOptions = true, version = "radedit 0.1.0",
        description = "Stress-test medical imaging models with counterfactual diffusion edits.",
        subcommands = {DemoCommand.class, TrainCommand.class, EvaluateCommand.class, BenchCommand.class,
                KernelCommand.class, NotebookCommand.class, FixturesCommand.class, DiscoverCommand.class})
public final class RadEditCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // DJL must never download natives: the CPU native jar is on the classpath.
        System.setProperty("ai.djl.offline", System.getProperty("ai.djl.offline", "true"));
        int code = new CommandLine(new RadEditCli()).execute(args);
        System.exit(code);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
