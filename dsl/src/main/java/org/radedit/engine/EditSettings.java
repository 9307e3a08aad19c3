package org.radedit.engine;

import java.util.List;
import java.util.Objects;

/**
 * Everything that decides an edit besides the image, its masks and its seed.
 *
 * @param prompts        target descriptions with guidance weights (at least one)
 * @param steps          sampling steps {@code T}
 * @param skip           steps skipped at the noisy end (the encoding timestep); {@code 0 <= skip < steps}
 * @param method         the editing method ({@link EditMethod#RADEDIT}, LANCE-like, DiffEdit-like, or your own)
 * @param inversion      DDPM (edit-friendly) or DDIM; {@link #withMethod} sets the method's own
 * @param sourcePrompt   condition of the inversion; empty means the null condition, as released
 * @param sourceGuidance guidance weight of the source prompt during inversion (ignored when empty)
 * @param diffEdit       mask estimation options of the DiffEdit-like method
 * @param confineToEditMask RadEdit only: after decoding, every pixel outside the edit mask is the
 *                       original's ({@link EditConfinement}); off by default, as in the published method
 * @param inversionLayout which forward rows a null-condition inversion evaluates ({@link InversionLayout});
 *                       {@link InversionLayout#MINIMAL} by default
 */
public record EditSettings(List<WeightedPrompt> prompts, int steps, int skip, EditMethod method,
                           InversionKind inversion, String sourcePrompt, double sourceGuidance,
                           DiffEditOptions diffEdit, boolean confineToEditMask,
                           InversionLayout inversionLayout) {

    public EditSettings {
        prompts = List.copyOf(Objects.requireNonNull(prompts, "prompts"));
        if (prompts.isEmpty()) {
            throw new IllegalArgumentException("prompt is empty: an edit needs at least one target description,"
                    + " e.g. \"No pneumothorax\"");
        }
        if (steps <= 0) {
            throw new IllegalArgumentException("steps must be positive, got " + steps);
        }
        if (skip < 0 || skip >= steps) {
            throw new IllegalArgumentException("skip must lie in [0, steps), got skip=" + skip + " with steps=" + steps);
        }
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(inversion, "inversion");
        sourcePrompt = sourcePrompt == null ? "" : sourcePrompt;
        if (!Double.isFinite(sourceGuidance)) {
            throw new IllegalArgumentException("source guidance must be finite, got " + sourceGuidance);
        }
        Objects.requireNonNull(diffEdit, "diffEdit");
        Objects.requireNonNull(inversionLayout, "inversionLayout");
    }

    /** RadEdit with one prompt: DDPM inversion from the null condition. */
    public static EditSettings of(String prompt, double guidance, int steps, int skip) {
        return new EditSettings(List.of(new WeightedPrompt(prompt, guidance)), steps, skip, EditMethod.RADEDIT,
                InversionKind.DDPM, "", 1.0, DiffEditOptions.DEFAULTS, false, InversionLayout.MINIMAL);
    }

    public EditSettings withPrompts(List<WeightedPrompt> newPrompts) {
        return new EditSettings(newPrompts, steps, skip, method, inversion, sourcePrompt, sourceGuidance, diffEdit,
                confineToEditMask, inversionLayout);
    }

    public EditSettings withSteps(int newSteps, int newSkip) {
        return new EditSettings(prompts, newSteps, newSkip, method, inversion, sourcePrompt, sourceGuidance, diffEdit,
                confineToEditMask, inversionLayout);
    }

    /** Switches method, with the inversion the method starts from (DiffEdit-like: DDIM, the others DDPM). */
    public EditSettings withMethod(EditMethod newMethod) {
        return new EditSettings(prompts, steps, skip, newMethod, newMethod.inversion(), sourcePrompt, sourceGuidance, diffEdit,
                confineToEditMask, inversionLayout);
    }

    public EditSettings withInversion(InversionKind kind) {
        return new EditSettings(prompts, steps, skip, method, kind, sourcePrompt, sourceGuidance, diffEdit,
                confineToEditMask, inversionLayout);
    }

    public EditSettings withSource(String prompt, double guidance) {
        return new EditSettings(prompts, steps, skip, method, inversion, prompt, guidance, diffEdit,
                confineToEditMask, inversionLayout);
    }

    public EditSettings withDiffEdit(DiffEditOptions options) {
        return new EditSettings(prompts, steps, skip, method, inversion, sourcePrompt, sourceGuidance, options,
                confineToEditMask, inversionLayout);
    }

    /**
     * Adds a prompt to move away from: the first prompt keeps its weight {@code w} and
     * {@code avoid} gets {@code -w}, so the guidance is {@code w (eps_prompt - eps_avoid)}.
     */
    public EditSettings withNegativePrompt(String avoid) {
        WeightedPrompt first = prompts.get(0);
        return withPrompts(List.of(first, new WeightedPrompt(avoid, -first.weight())));
    }

    /** With or without the edit confined to the edit mask in pixel space (RadEdit only). */
    public EditSettings withConfineToEditMask(boolean confine) {
        return new EditSettings(prompts, steps, skip, method, inversion, sourcePrompt, sourceGuidance, diffEdit,
                confine, inversionLayout);
    }

    /** With the inversion's forward rows laid out as {@code layout} ({@link InversionLayout}). */
    public EditSettings withInversionLayout(InversionLayout layout) {
        return new EditSettings(prompts, steps, skip, method, inversion, sourcePrompt, sourceGuidance, diffEdit,
                confineToEditMask, layout);
    }

    /**
     * UNet forward rows one image of this edit costs: inversion rows ({@code T - skip} each with the
     * minimal layout, one per condition of generation's batch with the matched one, two with a source
     * prompt) plus {@code (1 + prompts)(T - skip)} for generation. DiffEdit-like mask estimation
     * (when the method estimates one) is not counted.
     */
    public long forwardRowsPerImage() {
        return (long) (inversionRowsPerStep() + generationRowsPerStep()) * (steps - skip);
    }

    /** Noise-predictor rows per image at one inversion step: 2 with a source prompt, the generation batch when MATCHED, else 1. */
    public int inversionRowsPerStep() {
        if (!sourcePrompt.isBlank()) {
            return 2;
        }
        return inversionLayout == InversionLayout.MATCHED ? generationRowsPerStep() : 1;
    }

    /** Noise-predictor rows per image at one generation step: the null condition and one per prompt. */
    public int generationRowsPerStep() {
        return 1 + prompts.size();
    }

    /** The fewest rows an edit with these prompts and steps can cost: {@code (2 + prompts)(T - skip)}. */
    public long minimumRowsPerImage() {
        return (2L + prompts.size()) * (steps - skip);
    }

    List<String> promptTexts() {
        return prompts.stream().map(WeightedPrompt::text).toList();
    }

    double[] promptWeights() {
        return prompts.stream().mapToDouble(WeightedPrompt::weight).toArray();
    }
}
