package org.radedit.engine;

/**
 * Which forward rows the inversion evaluates when its condition is the null one (DESIGN.md §3:
 * {@code c_src} = the empty prompt, as released).
 *
 * <ul>
 *   <li>{@link #MINIMAL}: the unconditional rows alone, {@code T - skip} per image; with generation's
 *       {@code (1 + prompts)(T - skip)} an edit costs {@code (2 + prompts)(T - skip)} rows, the minimum
 *       (3(T - skip) with one prompt). The released pipeline inverts this way.</li>
 *   <li>{@link #MATCHED}: the very batch generation evaluates (null rows, then one block per prompt) with
 *       the prompt rows thrown away. A forward pass gives slightly different floats for a row depending on
 *       the rows around it, so only this layout makes regenerating with the same condition reproduce the
 *       clean latent to float error (1e-9); it costs {@code 2 (1 + prompts)(T - skip)} rows.</li>
 * </ul>
 * The difference between the two on a trained model is measured by {@code radedit bench layout}.
 */
public enum InversionLayout {
    MINIMAL, MATCHED
}
