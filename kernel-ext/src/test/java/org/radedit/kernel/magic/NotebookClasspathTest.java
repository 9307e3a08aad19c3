package org.radedit.kernel.magic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotebookClasspathTest {

    @TempDir
    Path dir;

    @Test
    void globsExpandToSortedFiles() throws Exception {
        Files.createFile(dir.resolve("b.jar"));
        Files.createFile(dir.resolve("a.jar"));
        Files.createFile(dir.resolve("notes.txt"));
        assertEquals(List.of(dir.resolve("a.jar"), dir.resolve("b.jar")), NotebookClasspath.expand(dir + "/*.jar"));
    }

    @Test
    void missingPathsAndEmptyGlobsAreErrors() {
        assertThrows(NoSuchFileException.class, () -> NotebookClasspath.expand(dir + "/none.jar"));
        assertThrows(NoSuchFileException.class, () -> NotebookClasspath.expand(dir + "/*.jar"));
    }

    @Test
    void mavenCentralComesFromMavensSuperPom() {
        assertEquals("central", MavenResolver.mavenCentral().getId());
        assertEquals("default", MavenResolver.mavenCentral().getContentType());
    }
}
