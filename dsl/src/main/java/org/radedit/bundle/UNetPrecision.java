package org.radedit.bundle;

/**
 * Which UNet file a bundle runs. The VAE always runs in float32 (the SDXL VAE gives black images in
 * float16, REAL-PATH.md §1), and so do the text and score encoders.
 */
public enum UNetPrecision {
    /** The float16 variant on a GPU when the bundle has one, else float32. */
    AUTO,
    FLOAT32,
    /** The bundle's float16 (or bfloat16) variant; an error when it has none. */
    HALF
}
