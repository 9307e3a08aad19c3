/**
 * Model bundles: real models exported to TorchScript, in a folder the toolkit opens without Python.
 *
 * <h2>The folder</h2>
 * {@code manifest.json}, the {@code .pt} files it names, {@code tokenizer.json} (a HuggingFace
 * tokenizer file, read by DJL's tokenizers) and diffusers' {@code scheduler_config.json}.
 *
 * <h2>manifest.json, format version 1</h2>
 * <pre>
 * format        "radedit-bundle"        version  1           name, description (optional)
 * image         {size, channels, range}  the images the diffusion model edits; range is
 *               "minus_one_to_one" (2x - 1) or "zero_to_one"; optional resize (shorter side to resize,
 *               then the centred size x size square)
 * latent        {channels, downsample, scale}   e.g. 4, 8, 0.13025 for the SDXL VAE
 * scheduler     "scheduler_config.json"
 * tokenizer     {file, max_length, padding: "max_length" | "longest"}
 * vae_encoder   role + output: "moments" (2C channels: mean, log-variance) | "mean",
 *               latent: "sample" (a draw with the edit's noise, as the released pipeline) | "mean"
 * vae_decoder   role
 * text_encoder  role: (input_ids[, attention_mask]) int64 to last_hidden_state (B, L, D)
 * unet          role: (latents, timesteps, encoder_hidden_states[, attention_mask]) to noise;
 *               attention_mask: true | false (must agree with the inputs); optional
 *               float16: {file, sha256} (a half-precision trace for GPUs), bytes_per_image (device
 *               memory one UNet row needs, measured by the export)
 * score_image   role + image {size, resize, channels, range}     (optional, with score_text)
 * score_text    role + strip_trailing (characters cut from the end of a text, BioViL-T: "!?.")
 * predictors    [role + name, kind: "classifier" | "segmenter", labels, image, activation:
 *               "sigmoid" (default) | "softmax"]
 * </pre>
 * A role is {@code {file, sha256, inputs, outputs}}; inputs and outputs are lists of
 * {@code {name, shape, dtype}} in call order, -1 for a free dimension (the batch), dtype one of
 * float32, float16, bfloat16, int64, int32. At load every file's SHA-256 is checked and every module
 * runs once on zeros of its input shapes; outputs must have the declared count, shapes and dtypes.
 * Any mismatch is a {@link org.radedit.bundle.BundleException} naming the bundle, the role, the file
 * and the expectation.
 *
 * <h2>Conventions</h2>
 * Grey images reach 3-channel modules replicated into every channel; 3-channel images a module gives
 * back become grey as the channel mean. The VAE and the encoders run in float32; the UNet in float32
 * or, on a GPU, its half-precision variant. {@code models/scripts/make_fixture_bundles.py} writes the
 * tiny bundles the tests load; {@code models/scripts/export_radedit_bundle.py} writes one from the
 * released RadEdit weights.
 */
package org.radedit.bundle;
