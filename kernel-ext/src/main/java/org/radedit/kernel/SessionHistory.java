package org.radedit.kernel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.dflib.jjava.jupyter.kernel.history.HistoryEntry;
import org.dflib.jjava.jupyter.kernel.history.HistoryManager;

/**
 * The cells run in this kernel session, for Jupyter's history requests (tail, range, search with
 * IPython's glob patterns). In memory: a restart starts a new history.
 */
final class SessionHistory implements HistoryManager {

    static final int SESSION = 1;

    /** One executed cell: its input and the plain text of its result (null when it had none). */
    private record Cell(int number, String input, String output) {
    }

    private final List<Cell> cells = new ArrayList<>();

    synchronized void add(int number, String input, String output) {
        cells.add(new Cell(number, input, output));
    }

    @Override
    public synchronized List<HistoryEntry> lookupTail(int length, Set<ResultFlag> flags) {
        int from = length <= 0 ? 0 : Math.max(0, cells.size() - length);
        return entries(cells.subList(from, cells.size()), flags);
    }

    @Override
    public synchronized List<HistoryEntry> lookupRange(int session, int start, int stop, Set<ResultFlag> flags) {
        if (session != 0 && session != SESSION) {
            return List.of();
        }
        return entries(cells.stream()
                .filter(c -> c.number() >= start && (stop <= 0 || c.number() < stop))
                .toList(), flags);
    }

    @Override
    public synchronized List<HistoryEntry> search(String pattern, int length, Set<ResultFlag> flags) {
        Pattern glob = globToRegex(pattern == null || pattern.isEmpty() ? "*" : pattern);
        List<Cell> matches = cells.stream().filter(c -> glob.matcher(c.input()).matches()).toList();
        if (flags.contains(ResultFlag.UNIQUE)) {
            Map<String, Cell> latest = new LinkedHashMap<>();
            for (Cell c : matches) {
                latest.remove(c.input());
                latest.put(c.input(), c);
            }
            matches = List.copyOf(latest.values());
        }
        int from = length <= 0 ? 0 : Math.max(0, matches.size() - length);
        return entries(matches.subList(from, matches.size()), flags);
    }

    private static List<HistoryEntry> entries(List<Cell> cells, Set<ResultFlag> flags) {
        boolean withOutput = flags.contains(ResultFlag.INCLUDE_OUTPUT);
        return cells.stream()
                .map(c -> new HistoryEntry(SESSION, c.number(), c.input(),
                        withOutput ? (c.output() == null ? "" : c.output()) : null))
                .toList();
    }

    static Pattern globToRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}
