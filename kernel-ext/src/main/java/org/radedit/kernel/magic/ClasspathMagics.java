package org.radedit.kernel.magic;

import java.nio.file.Path;
import java.util.List;
import org.radedit.kernel.exec.CellSource.MagicCall;

/**
 * {@code %jars a.jar lib/*.jar} (IJava) and {@code %classpath dir-or-jar ...} (JJava): add to the
 * notebook's class path. {@code %classpath} with no argument lists what was added.
 */
public final class ClasspathMagics {

    private final NotebookClasspath classpath;

    public ClasspathMagics(NotebookClasspath classpath) {
        this.classpath = classpath;
    }

    public void registerInto(Magics magics) {
        magics.line("jars", this::add);
        magics.line("classpath", this::classpath);
    }

    private Object add(MagicCall call, int executionCount) throws Exception {
        if (call.args().isEmpty()) {
            throw new IllegalArgumentException("usage: %" + call.name() + " PATH_OR_GLOB...");
        }
        classpath.add(call.args());
        return null;
    }

    private Object classpath(MagicCall call, int executionCount) throws Exception {
        if (!call.args().isEmpty()) {
            return add(call, executionCount);
        }
        List<Path> entries = classpath.entries();
        if (entries.isEmpty()) {
            System.out.println("(nothing added to the class path)");
        }
        entries.forEach(System.out::println);
        return null;
    }
}
