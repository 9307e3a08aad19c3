package org.radedit.kernel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dflib.jjava.jupyter.Extension;

/**
 * The JJava extensions one class path entry declares (META-INF/services). Only the entries just added
 * are read: a jar deleted since it was added must not break the next {@code %jars}.
 */
final class ExtensionServices {

    static final String SERVICE_FILE = "META-INF/services/" + Extension.class.getName();

    private ExtensionServices() {
    }

    /** Class names listed in {@code entry}'s service file (a jar or a class folder); none if it has none. */
    static List<String> declaredIn(Path entry) throws IOException {
        if (Files.isDirectory(entry)) {
            Path file = entry.resolve(SERVICE_FILE);
            return Files.isRegularFile(file) ? parse(Files.readString(file, StandardCharsets.UTF_8)) : List.of();
        }
        try (ZipFile zip = new ZipFile(entry.toFile())) {
            ZipEntry file = zip.getEntry(SERVICE_FILE);
            if (file == null) {
                return List.of();
            }
            try (InputStream in = zip.getInputStream(file)) {
                return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
    }

    private static List<String> parse(String text) {
        List<String> names = new ArrayList<>();
        for (String line : text.split("\n")) {
            String name = line.replaceAll("#.*", "").trim();
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }
}
