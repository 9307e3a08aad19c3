package org.radedit.kernel.exec;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import jdk.jshell.execution.LoaderDelegate;
import jdk.jshell.spi.ExecutionControl.ClassBytecodes;
import jdk.jshell.spi.ExecutionControl.ClassInstallException;
import jdk.jshell.spi.ExecutionControl.InternalException;

/**
 * Loads snippet classes and the jars added with {@code %jars}/{@code %maven} in this JVM. Its parent
 * is the kernel's own class loader, so the project's classes are the same {@code Class} objects for
 * snippets and for the kernel's renderers. Paths already on the kernel's class path are not added
 * twice.
 */
public final class NotebookLoaderDelegate implements LoaderDelegate {

    private final Map<String, byte[]> declared = new ConcurrentHashMap<>();
    private final Map<String, Class<?>> loaded = new ConcurrentHashMap<>();
    private final Set<String> kernelClassPath = new HashSet<>();
    private final SnippetClassLoader loader;

    public NotebookLoaderDelegate(ClassLoader parent) {
        this.loader = new SnippetClassLoader(parent);
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                kernelClassPath.add(Path.of(entry).toAbsolutePath().normalize().toString());
            }
        }
    }

    public ClassLoader classLoader() {
        return loader;
    }

    @Override
    public void load(ClassBytecodes[] cbcs) throws ClassInstallException {
        boolean[] installed = new boolean[cbcs.length];
        for (ClassBytecodes cbc : cbcs) {
            declared.put(cbc.name(), cbc.bytecodes());
        }
        for (int i = 0; i < cbcs.length; i++) {
            try {
                loaded.put(cbcs[i].name(), loader.loadClass(cbcs[i].name()));
                installed[i] = true;
            } catch (ClassNotFoundException | LinkageError e) {
                throw new ClassInstallException("Unable to load class " + cbcs[i].name() + ": " + e, installed);
            }
        }
    }

    @Override
    public void classesRedefined(ClassBytecodes[] cbcs) {
        for (ClassBytecodes cbc : cbcs) {
            declared.put(cbc.name(), cbc.bytecodes());
        }
    }

    @Override
    public void addToClasspath(String path) throws InternalException {
        for (String entry : path.split(File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            Path p = Path.of(entry).toAbsolutePath().normalize();
            if (kernelClassPath.contains(p.toString())) {
                continue;
            }
            try {
                loader.addURL(p.toUri().toURL());
            } catch (MalformedURLException e) {
                throw new InternalException("Bad class path entry " + entry + ": " + e.getMessage());
            }
        }
    }

    @Override
    public Class<?> findClass(String name) throws ClassNotFoundException {
        Class<?> klass = loaded.get(name);
        if (klass == null) {
            throw new ClassNotFoundException(name + " not found");
        }
        return klass;
    }

    /** Defines snippet classes from their bytes, everything else from the added jars or the parent. */
    private final class SnippetClassLoader extends URLClassLoader {

        SnippetClassLoader(ClassLoader parent) {
            super(new URL[0], parent);
        }

        @Override
        protected void addURL(URL url) {
            super.addURL(url);
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = declared.get(name);
            if (bytes == null) {
                return super.findClass(name);
            }
            return defineClass(name, bytes, 0, bytes.length, (CodeSource) null);
        }
    }
}
