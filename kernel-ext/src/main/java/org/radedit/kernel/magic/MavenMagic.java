package org.radedit.kernel.magic;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.radedit.kernel.exec.CellSource.MagicCall;

/**
 * {@code %maven group:artifact:version ... [--repo URL]}: resolves the artifacts and their runtime
 * dependencies (Maven Central, cached in the local Maven repository) onto the notebook's class path.
 */
public final class MavenMagic implements Magic {

    private final MavenResolver resolver;
    private final NotebookClasspath classpath;

    public MavenMagic(MavenResolver resolver, NotebookClasspath classpath) {
        this.resolver = resolver;
        this.classpath = classpath;
    }

    @Override
    public Object run(MagicCall call, int executionCount) throws Exception {
        List<String> coordinates = new ArrayList<>();
        List<String> repositories = new ArrayList<>();
        List<String> args = call.args();
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--repo") && i + 1 < args.size()) {
                repositories.add(args.get(++i));
            } else {
                coordinates.add(args.get(i));
            }
        }
        if (coordinates.isEmpty()) {
            throw new IllegalArgumentException("usage: %maven group:artifact:version ... [--repo URL]");
        }
        List<Path> jars = resolver.resolve(coordinates, repositories);
        List<Path> added = classpath.addResolved(jars);
        System.out.printf("%s: %d jars resolved, %d added to the class path%n",
                String.join(" ", coordinates), jars.size(), added.size());
        return null;
    }
}
