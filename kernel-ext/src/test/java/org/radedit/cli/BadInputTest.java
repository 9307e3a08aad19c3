package org.radedit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A bad input ends the launcher with one line naming it (exit code 2), before any work starts. */
class BadInputTest {

    @TempDir
    Path dir;

    private record Outcome(int code, String err) {}

    private static Outcome execute(String... args) {
        StringWriter err = new StringWriter();
        CommandLine line = RadEditCli.commandLine();
        line.setErr(new PrintWriter(err, true));
        int code = line.execute(args);
        return new Outcome(code, err.toString());
    }

    @Test
    void fineTuneFromAMissingFileNamesTheFileAndTrainsNothing() {
        Path missing = dir.resolve("no-such.weights");
        Path runs = dir.resolve("runs");
        Outcome outcome = execute("train", "covid-weak", "--fine-tune", missing.toString(),
                "--run-dir", runs.toString());
        assertEquals(2, outcome.code());
        assertEquals("radedit train: --fine-tune: no weight file at " + missing.toAbsolutePath() + System.lineSeparator(),
                outcome.err());
        assertFalse(Files.exists(runs), "no run folder was made");
    }

    @Test
    void anUnknownCohortRangeListsTheKnownOnes() {
        Path out = dir.resolve("out");
        Outcome outcome = execute("demo", "--cohorts", "third", "--out", out.toString());
        assertEquals(2, outcome.code());
        assertEquals("radedit demo: no cohort seed range \"third\"; known: [first, second]" + System.lineSeparator(),
                outcome.err());
        assertFalse(Files.exists(out), "no output folder was made");
    }
}
