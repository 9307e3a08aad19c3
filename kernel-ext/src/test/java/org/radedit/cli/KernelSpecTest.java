package org.radedit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KernelSpecTest {

    @TempDir
    Path dir;

    @Test
    void writesKernelJsonWithAbsoluteCheckedPaths() throws Exception {
        Path jar = Files.createFile(dir.resolve("radedit.jar"));
        Files.createDirectories(dir.resolve("lib"));
        Files.createFile(dir.resolve("lib").resolve("jjava-jupyter-1.0-a6.jar"));
        KernelSpec spec = KernelSpec.forThisBuild("radedit", "RadEdit (Java 17)", jar, List.of("-Xmx2g"));
        Path written = spec.writeInto(dir.resolve("share/jupyter"));
        JsonObject json = JsonParser.parseString(Files.readString(written.resolve("kernel.json"))).getAsJsonObject();
        List<String> argv = json.getAsJsonArray("argv").asList().stream().map(e -> e.getAsString()).toList();
        // The defaults that fit a 2 GB machine first; an option given at install comes after them and wins.
        assertEquals(List.of(spec.java().toString(), "-Dai.djl.offline=true", "-Xmx1g", "-XX:+UseSerialGC", "-Xmx2g", "-cp",
                jar + ":" + dir.resolve("lib") + "/*", "org.radedit.kernel.KernelMain", "{connection_file}"), argv);
        assertTrue(Path.of(argv.get(0)).isAbsolute() && Files.isExecutable(Path.of(argv.get(0))));
        assertEquals("message", json.get("interrupt_mode").getAsString());
        assertEquals("java", json.get("language").getAsString());
        assertEquals(dir.resolve("share/jupyter/kernels/radedit"), written);
        assertEquals("radedit", json.getAsJsonObject("env").get("RADEDIT_KERNELSPEC").getAsString(),
                "the kernel learns its kernelspec's name, to fetch plotly.js from it");
        assertEquals("ERROR", json.getAsJsonObject("env").get("TORCH_CPP_LOG_LEVEL").getAsString());
        assertEquals(org.radedit.render.Plotly.source(), Files.readString(written.resolve("plotly.min.js")),
                "the bundled plotly.js lies beside kernel.json, where the notebook server serves it");
    }

    @Test
    void failsClearlyWithoutTheJarOrItsLibraries() throws Exception {
        IllegalStateException noJar = assertThrows(IllegalStateException.class,
                () -> KernelSpec.forThisBuild("radedit", "x", dir.resolve("radedit.jar"), List.of()));
        assertTrue(noJar.getMessage().startsWith("kernel jar not found: " + dir.resolve("radedit.jar")), noJar.getMessage());
        Path jar = Files.createFile(dir.resolve("radedit.jar"));
        IllegalStateException noLib = assertThrows(IllegalStateException.class,
                () -> KernelSpec.forThisBuild("radedit", "x", jar, List.of()));
        assertTrue(noLib.getMessage().startsWith("kernel dependencies not found in " + dir.resolve("lib")), noLib.getMessage());
    }
}
