package org.radedit.kernel.magic;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.radedit.kernel.exec.CellSource.MagicCall;

/** The magics a kernel knows, by name: line magics ({@code %name}) and cell magics ({@code %%name}). */
public final class Magics {

    private final Map<String, Magic> lineMagics = new ConcurrentHashMap<>();
    private final Map<String, Magic> cellMagics = new ConcurrentHashMap<>();

    public Magics line(String name, Magic magic) {
        lineMagics.put(name, magic);
        return this;
    }

    public Magics cell(String name, Magic magic) {
        cellMagics.put(name, magic);
        return this;
    }

    public Set<String> lineNames() {
        return new TreeSet<>(lineMagics.keySet());
    }

    public Set<String> cellNames() {
        return new TreeSet<>(cellMagics.keySet());
    }

    public Object run(MagicCall call, int executionCount) throws Exception {
        Magic magic = (call.isCellMagic() ? cellMagics : lineMagics).get(call.name());
        if (magic == null) {
            String prefix = call.isCellMagic() ? "%%" : "%";
            throw new UnknownMagicException("no magic " + prefix + call.name() + "; known: "
                    + String.join(" ", (call.isCellMagic() ? cellNames() : lineNames()).stream()
                    .map(n -> prefix + n).toList()));
        }
        return magic.run(call, executionCount);
    }
}
