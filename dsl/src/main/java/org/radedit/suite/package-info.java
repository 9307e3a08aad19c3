/**
 * The stress-testing DSL: the one package a notebook imports (with {@code org.radedit.data}).
 *
 * <pre>{@code
 * import org.radedit.suite.*;
 *
 * Suite suite = Suite.from(dataset).using(toolkit)                 // engine + score encoder
 *     .where(r -> r.has(Finding.PNEUMOTHORAX) && r.has(Finding.CHEST_TUBE))
 *     .edit(Masks.finding(Finding.PNEUMOTHORAX).dilate(4))          // per record
 *     .keep(Masks.finding(Finding.CHEST_TUBE))
 *     .prompt("No pneumothorax").removes(Finding.PNEUMOTHORAX)
 *     .guidance(3, 7, 15).steps(100).seed(1, 2, 3)                  // several values sweep
 *     .score();                                                     // drop S < 0.2, keep them visible
 * EditResults edits = suite.run();                                  // or stream(), or runTo(sink)
 * ShiftReport shift = edits.evaluate(weak, strong).withPaper("weak", PaperFigures.PRESENTATION_WEAK);
 * QualityReport quality = edits.assess(oracle);                     // needs ground truth
 * }</pre>
 *
 * <ul>
 *   <li>{@link org.radedit.suite.Suite}: an immutable plan; terminal steps run it.</li>
 *   <li>{@link org.radedit.suite.Masks}, {@link org.radedit.suite.MaskSpec}: masks per record.</li>
 *   <li>{@link org.radedit.suite.Classifier}, {@link org.radedit.suite.Segmenter}: the models under test.</li>
 *   <li>{@link org.radedit.suite.EditResults}, {@link org.radedit.suite.ShiftReport},
 *       {@link org.radedit.suite.QualityReport}, {@link org.radedit.suite.RunSummary}: results that
 *       show themselves as text, HTML and PNG.</li>
 *   <li>{@link org.radedit.suite.ResultSink}, {@link org.radedit.suite.DirectorySink}: results
 *       delivered batch by batch as they are made, to disk and resumable.</li>
 * </ul>
 */
package org.radedit.suite;
