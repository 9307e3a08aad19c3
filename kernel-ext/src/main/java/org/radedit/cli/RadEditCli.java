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
        System.exit(commandLine().execute(args));
    }

    /**
     * The launcher's command line. A bad input (an {@link IllegalArgumentException}: a missing file, an unknown
     * name) ends with its message on stderr and exit code 2, like a bad option; anything else keeps its stack trace.
     */
    static CommandLine commandLine() {
        CommandLine line = new CommandLine(new RadEditCli());
        line.setExecutionExceptionHandler((exception, command, parsed) -> {
            if (exception instanceof IllegalArgumentException) {
                command.getErr().println(command.getCommandSpec().qualifiedName() + ": " + exception.getMessage());
                return 2;
            }
            exception.printStackTrace(command.getErr());
            return command.getCommandSpec().exitCodeOnExecutionException();
        });
        return line;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
