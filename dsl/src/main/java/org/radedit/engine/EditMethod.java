package org.radedit.engine;

import java.util.List;
import java.util.Locale;
import org.radedit.image.Image;
import org.radedit.image.Mask;

/**
 * An editing method. The engine runs one loop for every method (encode, invert, generate, decode;
 * DESIGN.md §3, "Baselines, same engine"); a method says only what differs: which latent masks
 * generation works under, which inversion it starts from, and what happens to the decoded image.
 * Each method is an object, as each pipeline is a class in diffusers: a new method implements this
 * interface and leaves the engine as it is.
 *
 * <p>The three built-in methods are {@link #RADEDIT}, {@link #LANCE} and {@link #DIFFEDIT}. Results
 * files store a method by its {@link #name()}; {@link #named} finds a built-in one again.
 */
public interface EditMethod {

    /** Edit mask and keep mask, guidance only inside the edit mask, keep pixels restored after decoding. */
    EditMethod RADEDIT = new RadEditMethod();
    /** LANCE-like: a global prompt, guidance everywhere, nothing kept. */
    EditMethod LANCE = new LanceLikeMethod();
    /** DiffEdit-like: a mask estimated from where the prompts disagree, DDIM inversion, the rest kept. */
    EditMethod DIFFEDIT = new DiffEditLikeMethod();

    /** The name results files and labels use, in capitals: {@code RADEDIT}. Unique among methods. */
    String name();

    /** How people call it in text: {@code RadEdit}, {@code LANCE-like}. */
    String title();

    /** The inversion the method starts from (edit-friendly DDPM unless it says otherwise). */
    default InversionKind inversion() {
        return InversionKind.DDPM;
    }

    /** Whether every input must bring an edit mask; the engine refuses a batch without one. */
    default boolean needsEditMask() {
        return false;
    }

    /** The latent masks generation runs under, for the whole batch. */
    GenerationMasks masks(EditBatch batch);

    /**
     * The edited image from the decoded one, and the masks its change is measured under.
     *
     * @param appliedMask where guidance acted, in pixels at the input's size (everywhere when the
     *                    method used no edit mask)
     */
    FinishedEdit finish(EditInput input, Image decoded, Mask appliedMask, EditSettings settings);

    /** The built-in methods, in the order reports list them. */
    static List<EditMethod> builtIn() {
        return List.of(RADEDIT, LANCE, DIFFEDIT);
    }

    /** The built-in method of this name (as {@link #name()} gives it, any case). */
    static EditMethod named(String name) {
        for (EditMethod m : builtIn()) {
            if (m.name().equalsIgnoreCase(name.trim())) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown editing method \"" + name + "\"; the built-in ones are "
                + builtIn().stream().map(EditMethod::name).toList().toString().toLowerCase(Locale.ROOT));
    }
}
