package org.radedit.datasets;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;
import org.radedit.data.Anatomy;
import org.radedit.data.Dataset;
import org.radedit.data.Label;
import org.radedit.data.StudyRecord;

/**
 * {@code radedit bench datasets}: writes a synthetic MIMIC-CXR-JPG index of the real size
 * (377,110 metadata rows, gzip like the release, with matching CheXpert-label, split and CheXmask
 * rows; no images) and prints how long opening it and reaching the first record take, how fast
 * records stream without touching pixels, and the heap: sampled peak, and live heap after a full GC
 * at points along the iteration (flat means memory does not grow with the rows iterated).
 */
public final class IndexBenchmark {

    public static final int MIMIC_ROWS = 377_110;
    private static final int IMAGES_PER_STUDY = 2;

    private IndexBenchmark() {
    }

    public static void run(PrintStream out, int rows, Path folder) {
        try {
            Files.createDirectories(folder);
            long t0 = System.nanoTime();
            write(folder, rows);
            out.printf(Locale.ROOT, "wrote a synthetic MIMIC-CXR-JPG index of %,d rows to %s in %.1f s%n", rows, folder,
                    seconds(t0));
            HeapSampler heap = new HeapSampler();
            heap.start();
            System.gc();
            long before = heap.liveAfterGc();
            long t1 = System.nanoTime();
            Dataset d = MimicCxrJpg.at(folder)
                    .chexmask(CheXmask.at(folder.resolve("MIMIC-CXR-JPG.csv")).geometry(CheXmask.Geometry.ORIGINAL_RESOLUTION))
                    .preprocessedTo(512).open();
            double open = seconds(t1);
            Iterator<StudyRecord> it = d.iterator();
            StudyRecord first = it.next();
            double firstRecord = seconds(t1);
            out.printf(Locale.ROOT, "open (labels, split, CheXmask index, mask/image join): %.2f s; first record %s after %.2f s"
                    + " (goal <= 5 s)%n", open, first.id(), firstRecord);
            long live = heap.liveAfterGc();
            out.printf(Locale.ROOT, "live heap after open: %,d MB (%,d MB before)%n", live >> 20, before >> 20);
            long t2 = System.nanoTime();
            Label pneumothorax = Label.of("Pneumothorax");
            long n = 1;
            long positive = first.has(pneumothorax) ? 1 : 0;
            long withLungs = first.hasMask(Anatomy.LUNGS) ? 1 : 0;
            int[] marks = {rows / 10, rows / 2, rows};
            int mark = 0;
            StringBuilder flat = new StringBuilder();
            while (it.hasNext()) {
                StudyRecord r = it.next();
                n++;
                positive += r.has(pneumothorax) ? 1 : 0;
                withLungs += r.hasMask(Anatomy.LUNGS) ? 1 : 0;
                r.metadata().view();
                if (mark < marks.length && n == marks[mark]) {
                    flat.append(String.format(Locale.ROOT, "%s%,d rows: %,d MB", mark == 0 ? "" : ", ", n,
                            heap.liveAfterGc() >> 20));
                    mark++;
                }
            }
            double iterate = seconds(t2);
            out.printf(Locale.ROOT, "iterated %,d records (%,d with a positive pneumothorax label, %,d with CheXmask lungs)"
                    + " in %.2f s: %,.0f rows/s, no pixels read%n", n, positive, withLungs, iterate, n / iterate);
            out.printf(Locale.ROOT, "live heap after a full GC at %s (flat = does not grow with the rows)%n", flat);
            heap.stopSampling();
            out.printf(Locale.ROOT, "peak heap used (sampled every 20 ms, garbage included): %,d MB (goal <= 1024 MB); "
                    + "max heap %,d MB%n", heap.peak() >> 20, Runtime.getRuntime().maxMemory() >> 20);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /** Polls the heap in a daemon thread; {@link #liveAfterGc} forces a collection first. */
    private static final class HeapSampler extends Thread {
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private final AtomicLong peak = new AtomicLong();
        private volatile boolean running = true;

        HeapSampler() {
            setDaemon(true);
            setName("heap-sampler");
        }

        @Override
        public void run() {
            while (running) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        long liveAfterGc() {
            peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
            System.gc();
            return memory.getHeapMemoryUsage().getUsed();
        }

        long peak() {
            return peak.get();
        }

        void stopSampling() {
            running = false;
        }
    }

    private static void write(Path folder, int rows) throws IOException {
        SplittableRandom random = new SplittableRandom(20241201);
        String[] labels = {"Atelectasis", "Cardiomegaly", "Consolidation", "Edema", "Enlarged Cardiomediastinum",
                "Fracture", "Lung Lesion", "Lung Opacity", "No Finding", "Pleural Effusion", "Pleural Other", "Pneumonia",
                "Pneumothorax", "Support Devices"};
        String[] values = {"", "", "", "1.0", "0.0", "-1.0"};
        String[] views = {"PA", "AP", "LATERAL", "LL"};
        String[] splits = {"train", "train", "train", "train", "validate", "test"};
        try (Writer meta = gz(folder.resolve("mimic-cxr-2.0.0-metadata.csv.gz"));
             Writer chexpert = gz(folder.resolve("mimic-cxr-2.0.0-chexpert.csv.gz"));
             Writer split = gz(folder.resolve("mimic-cxr-2.0.0-split.csv.gz"));
             Writer masks = Files.newBufferedWriter(folder.resolve("MIMIC-CXR-JPG.csv"), StandardCharsets.UTF_8)) {
            meta.write("dicom_id,subject_id,study_id,PerformedProcedureStepDescription,ViewPosition,Rows,Columns,StudyDate,"
                    + "StudyTime,ProcedureCodeSequence_CodeMeaning,ViewCodeSequence_CodeMeaning,"
                    + "PatientOrientationCodeSequence_CodeMeaning\n");
            chexpert.write("subject_id,study_id," + String.join(",", labels) + "\n");
            split.write("dicom_id,study_id,subject_id,split\n");
            masks.write("dicom_id,Dice RCA (Mean),Dice RCA (Max),Landmarks,Left Lung,Right Lung,Heart,Height,Width\n");
            for (int i = 0; i < rows; i++) {
                int studyIndex = i / IMAGES_PER_STUDY;
                String subject = String.valueOf(10_000_000 + studyIndex / 3);
                String study = String.valueOf(50_000_000 + studyIndex);
                String dicom = String.format(Locale.ROOT, "%08x-%08x-%08x-%08x-%08x", i, random.nextInt(), random.nextInt(),
                        random.nextInt(), random.nextInt());
                String view = views[random.nextInt(views.length)];
                meta.write(dicom + "," + subject + "," + study + ",CHEST (PA AND LAT)," + view + ",3056,2544,21800506,"
                        + "213014.531,CHEST (PA AND LAT),postero-anterior,Erect\n");
                if (i % IMAGES_PER_STUDY == 0) {
                    StringBuilder row = new StringBuilder(subject).append(',').append(study);
                    for (int k = 0; k < labels.length; k++) {
                        row.append(',').append(values[random.nextInt(values.length)]);
                    }
                    chexpert.write(row.append('\n').toString());
                }
                split.write(dicom + "," + study + "," + subject + "," + splits[(studyIndex / 3) % splits.length] + "\n");
                masks.write(dicom + ",0.8" + random.nextInt(10) + ",0.9,\"[[10, 12], [14, 16]]\"," + rle(random) + ","
                        + rle(random) + "," + rle(random) + ",1024,1024\n");
            }
        }
    }

    /** Six runs in a 1024 x 1024 mask. */
    private static String rle(SplittableRandom random) {
        StringBuilder s = new StringBuilder();
        int start = 1 + random.nextInt(100_000);
        for (int k = 0; k < 6; k++) {
            int len = 50 + random.nextInt(300);
            s.append(k == 0 ? "" : " ").append(start).append(' ').append(len);
            start += len + 1024 - 100 + random.nextInt(50);
        }
        return s.toString();
    }

    private static Writer gz(Path file) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(file), 1 << 16),
                StandardCharsets.UTF_8), 1 << 16);
    }
}
