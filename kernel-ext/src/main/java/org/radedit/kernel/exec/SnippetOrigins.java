package org.radedit.kernel.exec;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Where each JShell snippet came from (cell and line), to point stack traces at notebook lines. */
public final class SnippetOrigins {

    /** A snippet's first line {@code line} in the cell run as execution {@code cell}. */
    public record Origin(int cell, int line) {
    }

    private final Map<String, Origin> origins = new ConcurrentHashMap<>();

    public void record(String snippetId, int cell, int line) {
        origins.put(snippetId, new Origin(cell, line));
    }

    /** "Cell In[3], line 5" for line {@code snippetLine} (1-based) of snippet {@code snippetId}. */
    public String describe(String snippetId, int snippetLine) {
        Origin origin = origins.get(snippetId);
        if (origin == null) {
            return "snippet #" + snippetId + ", line " + snippetLine;
        }
        return cellLine(origin.cell(), origin.line() + Math.max(snippetLine, 1) - 1);
    }

    public static String cellLine(int cell, int line) {
        return "Cell In[" + cell + "], line " + line;
    }
}
