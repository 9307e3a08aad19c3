package org.radedit.kernel.display;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.radedit.engine.EditPhase;
import org.radedit.engine.EditProgress;

class ProgressDisplayTest {

    /** Records shows and updates as text. */
    static final class RecordingSink implements DisplaySink {
        final List<String> events = new ArrayList<>();

        @Override
        public String show(Object value) {
            events.add("show " + value);
            return "id-1";
        }

        @Override
        public void update(String id, Object value) {
            events.add("update " + id + " " + value);
        }
    }

    @Test
    void showsOnceThenUpdatesInPlaceThrottledAndAtPhaseEnds() {
        RecordingSink sink = new RecordingSink();
        long[] now = {0};
        ProgressDisplay bar = new ProgressDisplay("edit", sink, () -> now[0], 100);
        for (int step = 1; step <= 4; step++) {
            now[0] = step * 60_000_000L; // a step every 60 ms
            bar.onStep(new EditProgress(EditPhase.GENERATE, step, 4, 1000 - step));
        }
        now[0] += 10_000_000L;
        bar.onStep(new EditProgress(EditPhase.DECODE, 1, 1, 0));
        assertEquals(List.of(
                "show edit GENERATE [########----------------------] 1/4",
                "update id-1 edit GENERATE [#######################-------] 3/4 16.7 it/s",
                "update id-1 edit GENERATE [##############################] 4/4 16.7 it/s",
                "update id-1 edit DECODE [##############################] 1/1"), sink.events);
        assertEquals("id-1", bar.displayId());
    }

    @Test
    void htmlIsAProgressElement() {
        ProgressBar bar = new ProgressBar("edit <1>", "INVERT", 5, 10, 2.5);
        assertEquals("<div style=\"font-family:monospace\">edit &lt;1&gt; INVERT <progress value=\"5\" max=\"10\" "
                + "style=\"width:20em\"></progress> 5/10 · 2.5 it/s</div>", bar.toMimeBundle().data().get("text/html"));
    }
}
