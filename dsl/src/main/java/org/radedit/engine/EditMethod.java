package org.radedit.engine;

/** The editing methods, all run by the same engine (DESIGN.md §3, "Baselines, same engine"). */
public enum EditMethod {
    /** Edit mask and keep mask, guidance only inside the edit mask, keep pixels restored. */
    RADEDIT,
    /** Global prompt: edit mask everywhere, no keep mask. */
    LANCE,
    /** Mask estimated from the noise difference between prompts, DDIM inversion, decoding inside it. */
    DIFFEDIT
}
