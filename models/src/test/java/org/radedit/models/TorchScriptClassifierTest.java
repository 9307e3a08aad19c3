package org.radedit.models;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.Device;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.radedit.bundle.ImageSpec;
import org.radedit.bundle.PixelRange;
import org.radedit.bundle.TorchScriptClassifier;
import org.radedit.image.Image;
import org.radedit.phantom.Cohort;
import org.radedit.phantom.CohortSpec;
import org.radedit.phantom.Finding;
import org.radedit.phantom.PhantomSample;
import org.radedit.phantom.PhantomWorld;
import org.radedit.suite.Classifier;

/**
 * The committed TorchScript classifier (trained in PyTorch by models/scripts/train_torchscript_classifier.py)
 * run from Java: on the held-out cohort its card names, Java renders the same phantom images and
 * DJL gives the same accuracy the script measured in PyTorch.
 */
class TorchScriptClassifierTest {

    private static final Path DIR = WeightsDirectory.locate().resolve("torchscript");

    @Test
    void javaReproducesTheCardsHeldOutAccuracy() throws IOException {
        JsonObject card = JsonParser.parseString(Files.readString(DIR.resolve("pneumothorax-cnn.json"))).getAsJsonObject();
        JsonObject heldOut = card.getAsJsonObject("held_out");
        Cohort cohort = new PhantomWorld().cohort(CohortSpec.presentationBalanced(heldOut.get("images").getAsInt(),
                heldOut.get("seed").getAsLong()));
        List<PhantomSample> samples = cohort.render();
        try (TorchScriptClassifier cnn = TorchScriptClassifier.open(DIR.resolve("pneumothorax-cnn.pt"),
                new ImageSpec(128, 1, PixelRange.ZERO_TO_ONE), List.of("Pneumothorax", "Chest tube"),
                org.radedit.bundle.BundleManifest.Activation.SIGMOID, Device.cpu())) {
            Classifier pneumothorax = cnn.of(Finding.PNEUMOTHORAX);
            List<Image> images = samples.stream().map(PhantomSample::image).toList();
            double[] p = pneumothorax.probabilities(images);
            int correct = 0;
            for (int i = 0; i < p.length; i++) {
                correct += (p[i] >= 0.5) == samples.get(i).has(Finding.PNEUMOTHORAX) ? 1 : 0;
            }
            double accuracy = (double) correct / p.length;
            System.out.printf("pneumothorax-cnn held-out accuracy: Java %.4f, card (PyTorch) %.4f%n", accuracy,
                    heldOut.get("accuracy").getAsDouble());
            assertEquals(heldOut.get("accuracy").getAsDouble(), accuracy, 1.0 / p.length,
                    "held-out accuracy in Java vs the card's PyTorch figure (one image of slack for float ties)");
            assertEquals("pneumothorax-cnn [Pneumothorax]", pneumothorax.name());
        }
    }
}
