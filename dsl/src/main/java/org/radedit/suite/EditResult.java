package org.radedit.suite;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;
import org.radedit.data.StudyRecord;
import org.radedit.engine.ChangeSummary;
import org.radedit.image.Image;
import org.radedit.image.Mask;
import org.radedit.render.HtmlContext;
import org.radedit.render.Renderable;

/**
 * One edit of one record under one setting.
 *
 * @param editSeed    the seed the engine drew this edit's noise from ({@link Setting#editSeed})
 * @param editMask    the requested edit mask for this record (the whole image when none was given)
 * @param keepMask    the requested keep mask, or null
 * @param appliedMask where guidance acted: the edit mask at latent resolution (RadEdit), everywhere
 *                    (LANCE-like) or the estimated mask (DiffEdit-like)
 * @param change      change inside the requested edit mask, outside both masks, and keep pixels changed
 *                    (measured against the requested masks for every method, so methods compare)
 * @param score       the editing score, NaN when the suite did not score
 * @param kept        {@code score >= threshold}, or true when not scored
 * @param runtime     where and in what precision the edit was made ({@link org.radedit.engine.EditEngine#runtime()})
 */
public record EditResult(StudyRecord record, Setting setting, String prompt, long editSeed, Mask editMask,
                         Mask keepMask, Image edited, Mask appliedMask, ChangeSummary change, double score,
                         boolean kept, String runtime) implements Renderable {

    public Image original() {
        return record.image();
    }

    public ResultKey key() {
        return new ResultKey(record.id(), setting);
    }

    public boolean scored() {
        return !Double.isNaN(score);
    }

    /** The same edit judged against another threshold (unscored edits stay kept). */
    public EditResult withThreshold(double threshold) {
        boolean keep = !scored() || score >= threshold;
        return keep == kept ? this : new EditResult(record, setting, prompt, editSeed, editMask, keepMask, edited,
                appliedMask, change, score, keep, runtime);
    }

    /** This edit without its images. */
    public ResultRow row() {
        return new ResultRow(record.id(), setting, editSeed, score, kept, change, runtime);
    }

    /** E.g. {@code p-3 · RADEDIT w=15 T=100 skip=0 dilate+0 seed=7 · S=0.31 kept}. */
    public String caption() {
        String verdict = scored() ? String.format(Locale.ROOT, "S=%.2f %s", score, kept ? "kept" : "dropped") : "not scored";
        return record.id() + " · " + setting.label() + " · " + verdict + " · \"" + prompt + "\"";
    }

    @Override
    public String plainText() {
        return String.format(Locale.ROOT, "EditResult %s%n  change inside edit %.4f, outside masks %.4f (max %.4f),"
                        + " keep pixels changed %d of %d", caption(), change.meanChangeInsideEdit(),
                change.meanChangeOutsideMasks(), change.maxChangeOutsideMasks(), change.keepPixelsChanged(),
                change.keepPixels());
    }

    @Override
    public String html(HtmlContext context) {
        return ResultGrid.of("Edit", List.of(this)).html(context);
    }

    @Override
    public BufferedImage picture() {
        return ResultGrid.of("Edit", List.of(this)).picture();
    }
}
