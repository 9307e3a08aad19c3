package org.radedit.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radedit.data.Anatomy;
import org.radedit.data.Dataset;
import org.radedit.data.Label;
import org.radedit.data.Metadata;
import org.radedit.data.StudyRecord;
import org.radedit.engine.EditEngine;
import org.radedit.engine.TestModels;
import org.radedit.image.Box;
import org.radedit.image.Image;
import org.radedit.image.Mask;
import org.radedit.suite.Classifier;
import org.radedit.suite.LabelChange;
import org.radedit.suite.Masks;
import org.radedit.suite.Toolkit;

/** Failure discovery's parts on a tiny analytic world: catalogue, wording, budget, halving, resume, report. */
class DiscoveryTest {

    private static final int SIZE = 32;
    private static final Label NODULE = Label.of("Nodule");
    private static final Label CLIP = Label.of("Surgical clip");

    /** 60 records: a nodule in every other one, a clip in every third, lungs everywhere; sites A/B. */
    private static Dataset dataset() {
        List<StudyRecord> records = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            List<Label> labels = new ArrayList<>();
            Map<Label, Mask> masks = new HashMap<>();
            List<String> report = new ArrayList<>();
            if (i % 2 == 0) {
                labels.add(NODULE);
                masks.put(NODULE, Mask.fromBoxes(SIZE, SIZE, new Box(4, 6, 6, 6)));
                report.add(i % 4 == 0 ? "Small left nodule." : "A nodule in the left lung.");
            } else {
                report.add("No nodule.");
            }
            if (i % 3 == 0) {
                labels.add(CLIP);
                masks.put(CLIP, Mask.fromBoxes(SIZE, SIZE, new Box(20, 20, 3, 3)));
                report.add("Surgical clip in the right upper quadrant.");
            }
            if (labels.isEmpty()) {
                report = List.of("No acute process.");
            }
            Mask lungs = Mask.fromBoxes(SIZE, SIZE, new Box(2, 2, 12, 26), new Box(18, 2, 12, 26));
            records.add(new StudyRecord("r" + i, TestModels.image(SIZE, 100 + i), String.join(" ", report),
                    java.util.Set.copyOf(labels), masks, Map.of(Anatomy.LUNGS, lungs),
                    new Metadata("p" + i, i % 2 == 0 ? "A" : "B", "PA")));
        }
        return Dataset.of("analytic", records);
    }

    private static Toolkit toolkit() {
        return new Toolkit(new EditEngine(TestModels.model(), Device.cpu()), null);
    }

    /** Says "nodule" when the top-left corner is bright: a rule that edits can flip. */
    private static Classifier corner() {
        return Classifier.named("corner", images -> images.stream()
                .mapToDouble(im -> im.get(5, 7) > 0.5 ? 0.9 : 0.1).toArray());
    }

    private static Discovery discovery(Path dir, int budget) {
        return Discovery.of(corner(), NODULE).on(dataset()).using(toolkit())
                .settings(s -> s.guidance(3).steps(4))
                .budget(budget).startWith(4).groupBy("site").into(dir);
    }

    @Test
    void anOwnInterventionReadsStepByStep() {
        Intervention own = Intervention.removes(NODULE, Masks.finding(NODULE).dilate(2), "No nodule.")
                .awayFrom("Small left nodule.")
                .where(r -> r.metadata().site().equals("A"))
                .where(r -> r.has(NODULE))
                .named("remove nodule at site A");
        assertEquals("remove nodule at site A", own.name());
        assertEquals(LabelChange.removes(NODULE), own.change());
        assertEquals("finding(Nodule).dilate(2)", own.edit().describe());
        assertEquals(null, own.keep());
        assertEquals("No nodule.", own.prompt());
        assertEquals("Small left nodule.", own.negativePrompt());
        List<StudyRecord> records = dataset().stream().toList();
        assertEquals(records.stream().filter(r -> r.has(NODULE) && r.metadata().site().equals("A")).count(),
                records.stream().filter(own.applies()).count(), "both conditions hold");
        assertEquals(30, records.stream().filter(r -> r.has(NODULE)).count());
        Intervention add = Intervention.adds(CLIP, Masks.anatomy(Anatomy.LUNGS), "Surgical clip.").keep(Masks.finding(NODULE));
        assertEquals("add surgical clip", add.name());
        assertEquals(LabelChange.adds(CLIP), add.change());
        assertEquals("finding(Nodule)", add.keep().describe());
        assertEquals(60, records.stream().filter(add.applies()).count(), "every record until where(...) says otherwise");
    }

    @Test
    void theCatalogueProposesRemovalsAndAdditionsInTheReportsOwnWords() {
        InterventionCatalogue catalogue = InterventionCatalogue.of(dataset()).minimumRecords(5).build();
        List<String> names = catalogue.interventions().stream().map(Intervention::name).toList();
        assertEquals(List.of("remove nodule", "add nodule", "remove surgical clip", "add surgical clip"), names);
        Intervention remove = catalogue.interventions().get(0);
        assertEquals("No nodule.", remove.prompt(), "the reports' own absence sentence");
        assertEquals("Small left nodule.", remove.negativePrompt(), "the most frequent sentence stating it (tie: shorter)");
        assertEquals("finding(Nodule).dilate(4)", remove.edit().describe());
        Intervention addClip = catalogue.interventions().get(3);
        assertEquals("anatomy(LUNGS)", addClip.edit().describe());
        assertEquals("No acute process.", catalogue.interventions().get(2).prompt(),
                "no sentence states a clip's absence: the normal report's sentence");
        assertEquals(30, catalogue.applicable(remove));
        assertEquals(20, catalogue.applicable(catalogue.interventions().get(2)));

        InterventionCatalogue guarded = catalogue.guarding(NODULE);
        assertEquals(List.of("remove nodule", "add nodule", "remove surgical clip (nodule present)",
                "remove surgical clip (nodule absent)", "add surgical clip (nodule present)", "add surgical clip (nodule absent)"),
                guarded.interventions().stream().map(Intervention::name).toList());
        assertEquals("Surgical clip in the right upper quadrant.", guarded.interventions().get(2).negativePrompt(),
                "where the nodule is, its mask is kept and the removal's own negative prompt stays");
        assertEquals("Surgical clip in the right upper quadrant. Small left nodule.",
                guarded.interventions().get(3).negativePrompt(), "where it is not, the edit guides away from adding it");
        assertEquals("Small left nodule.", guarded.interventions().get(5).negativePrompt());
        assertEquals(remove, guarded.interventions().get(0), "the target's own interventions are left as they are");
        StudyRecord withBoth = dataset().stream().filter(r -> r.has(NODULE) && r.has(CLIP)).findFirst().orElseThrow();
        assertTrue(guarded.interventions().get(2).applies().test(withBoth));
        assertFalse(guarded.interventions().get(3).applies().test(withBoth));
    }

    @Test
    void theBudgetIsSpentExactlyByHalvingAndARerunResumes(@TempDir Path dir) throws Exception {
        List<DiscoveryProgress> steps = new ArrayList<>();
        DiscoveryReport first = discovery(dir, 30).progress(steps::add).run();
        assertEquals(30, first.spent());
        assertEquals(30, first.edits());
        assertEquals(30, first.results().stream().mapToInt(InterventionResult::made).sum());
        // Round 0: 4 edits for each of the 6 guarded interventions (24); then the worse half of each kind goes on.
        assertEquals(6, steps.stream().filter(p -> p.round() == 0).count());
        assertTrue(steps.stream().filter(p -> p.round() == 1).count() <= 3, steps.toString());
        assertEquals(30, steps.get(steps.size() - 1).used());

        DiscoveryReport again = discovery(dir, 30).run();
        assertEquals(0, again.spent(), "every edit is on disk already: the same schedule is replayed");
        assertEquals(30, again.edits());
        assertEquals(withoutRunFigures(first.json()), withoutRunFigures(again.json()));

        DiscoveryReport more = discovery(dir, 40).run();
        assertEquals(40, more.edits());
        assertEquals(10, more.spent(), "a larger budget only adds edits");
        assertTrue(Files.exists(dir.resolve("remove-nodule/results.tsv")));
    }

    private static String withoutRunFigures(String json) {
        return json.replaceAll("\"seconds\": [0-9.]+", "").replaceAll("\"edits_made_by_this_run\": [0-9]+", "");
    }

    @Test
    void theReportRanksExplainsAndWritesHtmlAndJson(@TempDir Path dir) {
        DiscoveryReport report = discovery(dir.resolve("edits"), 24).run();
        List<InterventionResult> ranked = report.ranked();
        for (int i = 1; i < ranked.size(); i++) {
            assertTrue(ranked.get(i - 1).rate() >= ranked.get(i).rate(), "worst first");
        }
        for (InterventionResult r : ranked) {
            assertEquals(r.intervention().changes(NODULE) ? FailureKind.MISSED_CHANGE : FailureKind.SPURIOUS_SENSITIVITY,
                    r.kind());
            assertTrue(r.groups().containsKey("site") && r.groups().containsKey(InterventionResult.OTHER_FINDINGS));
            int bySite = r.groups().get("site").values().stream().mapToInt(FailureRate::edits).sum();
            assertEquals(r.overall().edits(), bySite, "every kept edit is in one site group");
        }
        assertFalse(report.verdict().isBlank());
        report.writeTo(dir.resolve("report"));
        assertTrue(Files.exists(dir.resolve("report/report.html")));
        assertTrue(Files.exists(dir.resolve("report/discovery.json")));
        assertTrue(report.plainText().contains("What breaks corner (target: nodule)"));
    }

    @Test
    void aSmallBudgetStillReachesEveryIntervention(@TempDir Path dir) {
        DiscoveryReport small = discovery(dir, 12).run();
        assertEquals(12, small.edits());
        assertEquals(6, small.results().stream().filter(r -> r.made() > 0).count(), "two edits for each of the six");
    }

    @Test
    void missingPartsAreNamed() {
        assertThrows(IllegalStateException.class, () -> Discovery.of(corner(), NODULE).run());
        assertThrows(IllegalArgumentException.class, () -> Discovery.of(corner(), NODULE).budget(0));
        Dataset none = Dataset.of("empty", List.of());
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Discovery.of(corner(), NODULE).on(none).using(toolkit()).run());
        assertTrue(e.getMessage().contains("no intervention applies"), e.getMessage());
    }

    @Test
    void aRecordsRankDoesNotDependOnTheBudgetOrTheDatasetOrder() {
        long a = SampleOrder.rank(0, "r1");
        assertEquals(a, SampleOrder.rank(0, "r1"));
        assertTrue(a != SampleOrder.rank(1, "r1"), "the seed changes the order");
        SampleOrder order = SampleOrder.of(dataset(), r -> r.has(NODULE), 0);
        assertEquals(30, order.size());
        assertTrue(order.threshold(4) < order.threshold(8));
    }

    @Test
    void sentencesAndMentions() {
        assertEquals(List.of("A b.", "C d?", "E"), ReportWording.sentences(" A b.  C d? E "));
        assertTrue(ReportWording.mentions("Typical of COVID-19.", Label.of("COVID")));
        assertTrue(ReportWording.mentions("Right chest tube in place.", Label.of("Chest_Tube")));
        assertFalse(ReportWording.mentions("Tubes and lines.", Label.of("Chest tube")));
    }
}
