package org.radedit.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.dflib.jjava.jupyter.kernel.history.HistoryEntry;
import org.dflib.jjava.jupyter.kernel.history.HistoryManager.ResultFlag;
import org.junit.jupiter.api.Test;

class SessionHistoryTest {

    private final SessionHistory history = new SessionHistory();

    SessionHistoryTest() {
        history.add(1, "6 * 7", "42");
        history.add(2, "int x = 1;", null);
        history.add(3, "6 * 7", "42");
        history.add(4, "66 * 77", "5082");
    }

    private static List<String> rows(List<HistoryEntry> entries) {
        return entries.stream().map(e -> e.getSession() + ":" + e.getCellNumber() + ":" + e.getInput()
                + (e.hasOutput() ? "=>" + e.getOutput() : "")).toList();
    }

    @Test
    void tailGivesTheLastCells() {
        assertEquals(List.of("1:3:6 * 7", "1:4:66 * 77"), rows(history.lookupTail(2, Set.of())));
    }

    @Test
    void outputIsIncludedOnRequestEmptyWhenNone() {
        assertEquals(List.of("1:2:int x = 1;=>", "1:3:6 * 7=>42"),
                rows(history.lookupRange(0, 2, 4, EnumSet.of(ResultFlag.INCLUDE_OUTPUT))));
    }

    @Test
    void rangeStopIsExclusive() {
        assertEquals(List.of("1:3:6 * 7"), rows(history.lookupRange(1, 3, 4, Set.of())));
    }

    @Test
    void searchUsesGlobsAndUnique() {
        assertEquals(List.of("1:1:6 * 7", "1:3:6 * 7"), rows(history.search("6 * 7", 0, Set.of())));
        assertEquals(List.of("1:3:6 * 7"), rows(history.search("6 * 7", 0, EnumSet.of(ResultFlag.UNIQUE))));
        assertEquals(List.of("1:3:6 * 7", "1:4:66 * 77"), rows(history.search("6*7*", 2, Set.of())));
    }
}
