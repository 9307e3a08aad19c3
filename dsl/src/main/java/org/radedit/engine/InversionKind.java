package org.radedit.engine;

/** How a clean latent is turned into a noise trajectory. */
public enum InversionKind {
    /** Edit-friendly DDPM inversion (Huberman-Spiegelglas et al.): exact reconstruction. */
    DDPM,
    /** Deterministic DDIM inversion: approximate, used by the DiffEdit baseline. */
    DDIM
}
