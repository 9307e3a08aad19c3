package org.radedit.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radedit.data.Anatomy;
import org.radedit.data.Dataset;
import org.radedit.data.Label;
import org.radedit.datasets.CheXmask;
import org.radedit.datasets.FixtureFolders;
import org.radedit.datasets.MimicCxrJpg;
import org.radedit.suite.DirectorySink;
import org.radedit.suite.EditResult;
import org.radedit.suite.EditResults;
import org.radedit.suite.Masks;
import org.radedit.suite.ShiftReport;
import org.radedit.suite.Suite;

/** The DSL on a bundle: MIMIC-layout records preprocessed to the bundle's size, edited, scored and evaluated. */
class BundleSuiteTest {

    private static final Label PNEUMOTHORAX = Label.of("Pneumothorax");
    private static ModelBundle bundle;

    @BeforeAll
    static void open() {
        bundle = ModelBundle.open(ReferenceRun.BUNDLES.resolve("tiny-attention"), BundleOptions.defaults().on(Device.cpu()));
    }

    @AfterAll
    static void close() {
        bundle.close();
    }

    private static Suite suite() {
        Path root = FixtureFolders.root().resolve("mimic-cxr-jpg");
        Dataset data = MimicCxrJpg.at(root)
                .chexmask(CheXmask.at(FixtureFolders.root().resolve("chexmask/OriginalResolution/MIMIC-CXR-JPG.csv")))
                .open();
        return Suite.from(data).using(bundle.toolkit())
                .edit(Masks.anatomy(Anatomy.LUNGS)).keep(Masks.anatomy(Anatomy.HEART))
                .prompt("No pneumothorax").removes(PNEUMOTHORAX)
                .guidance(4).steps(6).skip(2).seed(3).limit(3);
    }

    @Test
    void recordsAreEditedAtTheBundlesSizeWithTheKeepPixelsUntouched() {
        EditResults results = suite().score().run();
        assertEquals(3, results.size());
        for (EditResult r : results.all()) {
            assertEquals(32, r.edited().width());
            assertEquals(32, r.edited().height());
            assertTrue(Double.isFinite(r.score()), "scored by the bundle's score encoders: " + r.score());
            assertEquals(0, r.row().change().keepPixelsChanged(), "keep pixels are the input's");
            assertTrue(r.row().change().meanChangeInsideEdit() > 0, "the edit changed something inside the lungs");
            assertEquals("cpu, UNet float32, VAE float32", r.runtime());
        }
        List<EditResult> again = suite().score().run().all();
        for (int i = 0; i < again.size(); i++) {
            assertEquals(results.all().get(i).edited(), again.get(i).edited(), "same seed, same edit");
        }
    }

    @Test
    void aTorchScriptClassifierEvaluatesTheEditsAndTheReportNamesTheRuntime() {
        TorchScriptClassifier classifier = bundle.classifier("classifier");
        Suite suite = suite();
        long certain = suite.run().all().stream()
                .filter(r -> r.record().value(PNEUMOTHORAX) != org.radedit.data.LabelValue.UNCERTAIN).count();
        ShiftReport report = suite.evaluate(classifier.of(PNEUMOTHORAX));
        assertEquals(certain, report.overall("classifier [Pneumothorax]").edits(), "uncertain labels are not scored (U-Ignore)");
        assertTrue(report.notes().contains("Edited on cpu, UNet float32, VAE float32."), report.notes());
        assertFalse(report.rows().isEmpty());
    }

    @Test
    void theResultsIndexRecordsTheRuntimeOfEveryEdit(@TempDir Path dir) throws IOException {
        DirectorySink sink = new DirectorySink(dir.resolve("edits"));
        suite().limit(2).runTo(sink);
        List<String> lines = Files.readAllLines(dir.resolve("edits/results.tsv"));
        assertTrue(lines.get(0).endsWith("\truntime"), lines.get(0));
        assertEquals(3, lines.size());
        for (String line : lines.subList(1, 3)) {
            assertTrue(line.endsWith("\tcpu, UNet float32, VAE float32"), line);
        }
        assertTrue(sink.summary(0.2).plainText().contains("edited on cpu, UNet float32, VAE float32"));
    }
}
