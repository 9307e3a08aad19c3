#!/usr/bin/env python3
"""Exports the released RadEdit model to a RadEdit-for-Java model bundle (a folder of TorchScript files).

NOT RUN BY THIS PROJECT: its development machines and CI have neither the weights (gated on Hugging
Face) nor a GPU. It is written from the public descriptions collected in shared/REAL-PATH.md and is
checked there only as far as Python can check it without the weights (syntax). Run it once, where
the weights and these packages are:

    pip install torch diffusers transformers hi-ml-multimodal
    huggingface-cli login        # after accepting the terms of microsoft/radedit on its model page
    python3 models/scripts/export_radedit_bundle.py --out bundles/radedit [--fp16]

Needs about 8 GB of disk for the bundle (UNet ~3.4 GB in float32, ~1.7 GB more with --fp16, the
SDXL VAE ~0.33 GB, BioViL-T's text model twice ~0.9 GB, its image model ~0.11 GB) and the same again
in the Hugging Face cache; tracing runs on the CPU (about 16 GB of memory); --fp16 traces a
half-precision UNet too and needs a CUDA GPU (about 8 GB of its memory).

What it writes (see dsl/src/main/java/org/radedit/bundle/package-info.java for the manifest):
  unet.pt            microsoft/radedit, subfolder unet: (latents, timesteps int64, encoder_hidden_states) -> noise
  unet-fp16.pt       the same in float16, traced on the GPU (with --fp16)
  vae_encoder.pt     stabilityai/sdxl-vae: images (B,3,512,512) in [-1,1] -> latent_dist moments (B,8,64,64)
  vae_decoder.pt     latents (B,4,64,64) -> images (B,3,512,512)
  text_encoder.pt    microsoft/BiomedVLP-BioViL-T (CXR-BERT): (input_ids, attention_mask) -> last_hidden_state (B,128,768)
  score_text.pt      the same model's projected text embedding (B,128), L2-normalised
  score_image.pt     BioViL-T's image model (hi-ml-multimodal): (B,3,448,448) in [0,1] -> global embedding (B,128)
  tokenizer.json     a fast BERT tokenizer built from BioViL-T's vocab.txt (the repo ships none)
  scheduler_config.json  DDIMScheduler as the released pipeline runs it (linear, trailing, steps_offset 1)
  manifest.json      every file's SHA-256, shapes and dtypes; latent scale from the VAE's config
Each traced module is compared with the eager one on a sample input before it is written; the
largest difference is printed and the export stops when it exceeds the tolerance.
"""
import argparse
import hashlib
import json
import os
import tempfile

import torch
import torch.nn as nn
import torch.nn.functional as F

UNET_REPO = "microsoft/radedit"
VAE_REPO = "stabilityai/sdxl-vae"
TEXT_REPO = "microsoft/BiomedVLP-BioViL-T"
MAX_TOKENS = 128
IMAGE = 512


class UNetRole(nn.Module):
    def __init__(self, unet):
        super().__init__()
        self.unet = unet

    def forward(self, latents, timesteps, encoder_hidden_states):
        return self.unet(latents, timesteps, encoder_hidden_states, return_dict=False)[0]


class VaeEncoderRole(nn.Module):
    """diffusers' latent_dist.parameters: mean and log-variance, concatenated on the channels."""

    def __init__(self, vae):
        super().__init__()
        self.vae = vae

    def forward(self, images):
        return self.vae.encode(images).latent_dist.parameters


class VaeDecoderRole(nn.Module):
    def __init__(self, vae):
        super().__init__()
        self.vae = vae

    def forward(self, latents):
        return self.vae.decode(latents, return_dict=False)[0]


class TextRole(nn.Module):
    """The conditioning: CXR-BERT's last hidden state, unprojected (diffusers' encode_prompt)."""

    def __init__(self, text):
        super().__init__()
        self.text = text

    def forward(self, input_ids, attention_mask):
        return self.text(input_ids=input_ids, attention_mask=attention_mask, return_dict=True).last_hidden_state


class ScoreTextRole(nn.Module):
    """The score's text side: hi-ml's get_projected_text_embeddings (CLS, projection, L2 norm)."""

    def __init__(self, text):
        super().__init__()
        self.text = text

    def forward(self, input_ids, attention_mask):
        return self.text.get_projected_text_embeddings(input_ids=input_ids, attention_mask=attention_mask)


class ScoreImageRole(nn.Module):
    """The score's image side: BioViL-T's projected global embedding of a single image, L2-normalised."""

    def __init__(self, image_model):
        super().__init__()
        self.image_model = image_model

    def forward(self, images):
        return F.normalize(self.image_model(images).projected_global_embedding, dim=-1)


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def spec(name, shape, dtype):
    return {"name": name, "shape": list(shape), "dtype": dtype}


def dtype_name(t):
    return {torch.float32: "float32", torch.float16: "float16", torch.int64: "int64"}[t.dtype]


def trace_and_check(module, names, example, path, tolerance):
    """Traces, compares traced with eager on the example, saves; returns the role entry (file, sha256, shapes)."""
    with torch.no_grad():
        eager = module(*example)
        traced = torch.jit.trace(module, example, check_trace=False, strict=False)
        again = traced(*example)
        error = (eager.float() - again.float()).abs().max().item()
    print("%-18s max |traced - eager| = %.3g" % (os.path.basename(path), error), flush=True)
    if not error <= tolerance:
        raise SystemExit("%s: traced module differs from the eager one by %g (> %g); not writing it"
                         % (path, error, tolerance))
    traced.save(path)
    return {"file": os.path.basename(path), "sha256": sha256(path),
            "inputs": [spec(n, [-1] + list(t.shape[1:]), dtype_name(t)) for n, t in zip(names, example)],
            "outputs": [spec("output", [-1] + list(eager.shape[1:]), dtype_name(eager))]}


def write_tokenizer(slow_tokenizer, out):
    """tokenizer.json from the vocab.txt of BioViL-T's (slow) BertTokenizer; checked to give the same ids."""
    from transformers import BertTokenizerFast
    with tempfile.TemporaryDirectory() as tmp:
        slow_tokenizer.save_vocabulary(tmp)
        fast = BertTokenizerFast(vocab_file=os.path.join(tmp, "vocab.txt"), do_lower_case=True,
                                 model_max_length=MAX_TOKENS)
    samples = ["", "No pneumothorax.", "Small left apical pneumothorax with a chest tube in place.",
               "Interval resolution of the right lower lobe consolidation; cardiomegaly is unchanged."]
    for text in samples:
        a = slow_tokenizer(text, padding="max_length", truncation=True, max_length=MAX_TOKENS)["input_ids"]
        b = fast(text, padding="max_length", truncation=True, max_length=MAX_TOKENS)["input_ids"]
        if a != b:
            raise SystemExit("the fast tokenizer built from vocab.txt disagrees with BioViL-T's on %r" % text)
    fast.backend_tokenizer.save(os.path.join(out, "tokenizer.json"))
    return fast


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", required=True, help="bundle folder to write")
    parser.add_argument("--fp16", action="store_true", help="also trace a float16 UNet on the GPU")
    parser.add_argument("--unet-revision", default=None, help="revision of microsoft/radedit (default: main)")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    torch.set_grad_enabled(False)

    from diffusers import AutoencoderKL, DDIMScheduler, UNet2DConditionModel
    from transformers import AutoModel, AutoTokenizer

    unet = UNet2DConditionModel.from_pretrained(UNET_REPO, subfolder="unet", revision=args.unet_revision).eval()
    vae = AutoencoderKL.from_pretrained(VAE_REPO).eval()
    text = AutoModel.from_pretrained(TEXT_REPO, trust_remote_code=True).eval()
    slow = AutoTokenizer.from_pretrained(TEXT_REPO, model_max_length=MAX_TOKENS, trust_remote_code=True)
    fast = write_tokenizer(slow, args.out)

    scheduler = DDIMScheduler(beta_schedule="linear", clip_sample=False, prediction_type="epsilon",
                              timestep_spacing="trailing", steps_offset=1)
    scheduler.save_config(args.out)  # writes scheduler_config.json

    factor = 2 ** (len(vae.config.block_out_channels) - 1)
    channels = vae.config.latent_channels
    side = IMAGE // factor
    tokens = fast(["No pneumothorax."], padding="max_length", truncation=True, max_length=MAX_TOKENS,
                  return_tensors="pt")
    ids, mask = tokens["input_ids"], tokens["attention_mask"]
    hidden = TextRole(text)(ids, mask)

    def out(name):
        return os.path.join(args.out, name)

    roles = {}
    text_inputs = ["input_ids", "attention_mask"]
    roles["text_encoder"] = trace_and_check(TextRole(text), text_inputs, (ids, mask), out("text_encoder.pt"), 1e-4)
    roles["score_text"] = trace_and_check(ScoreTextRole(text), text_inputs, (ids, mask), out("score_text.pt"), 1e-4)
    image = torch.rand(1, 3, IMAGE, IMAGE) * 2 - 1
    roles["vae_encoder"] = trace_and_check(VaeEncoderRole(vae), ["images"], (image,), out("vae_encoder.pt"), 1e-3)
    latents = torch.randn(1, channels, side, side)
    roles["vae_decoder"] = trace_and_check(VaeDecoderRole(vae), ["latents"], (latents,), out("vae_decoder.pt"), 1e-3)
    t = torch.tensor([500], dtype=torch.int64)
    roles["unet"] = trace_and_check(UNetRole(unet), ["latents", "timesteps", "encoder_hidden_states"],
                                    (latents, t, hidden), out("unet.pt"), 1e-3)
    roles["unet"]["outputs"][0]["name"] = "noise"

    try:
        from health_multimodal.image import get_image_inference
        from health_multimodal.image.utils import ImageModelType
        image_model = get_image_inference(ImageModelType.BIOVIL_T).model.eval()
        roles["score_image"] = trace_and_check(ScoreImageRole(image_model), ["images"], (torch.rand(1, 3, 448, 448),),
                                               out("score_image.pt"), 1e-4)
    except ImportError:
        print("hi-ml-multimodal is not installed: the bundle gets no score encoders (pip install hi-ml-multimodal)")

    if args.fp16:
        if not torch.cuda.is_available():
            raise SystemExit("--fp16 needs a CUDA GPU (the half-precision UNet is traced on it)")
        half = UNetRole(unet).half().cuda()
        example = (latents.half().cuda(), t.cuda(), hidden.half().cuda())
        with torch.no_grad():
            traced = torch.jit.trace(half, example, check_trace=False, strict=False)
            error = (traced(*example).float().cpu() - UNetRole(unet)(latents, t, hidden)).abs().max().item()
            print("unet-fp16.pt       max |fp16 traced - fp32 eager| = %.3g" % error)
            torch.cuda.reset_peak_memory_stats()
            base = torch.cuda.max_memory_allocated()
            traced(*[x.repeat(2, *([1] * (x.dim() - 1))) for x in example])
            two = torch.cuda.max_memory_allocated()
            torch.cuda.reset_peak_memory_stats()
            traced(*example)
            one = torch.cuda.max_memory_allocated()
        path = out("unet-fp16.pt")
        traced.save(path)
        roles["unet"]["float16"] = {"file": "unet-fp16.pt", "sha256": sha256(path)}
        roles["unet"]["bytes_per_image"] = max(1, two - one)
        print("UNet fp16 device memory per row: %.2f GiB (peak, batch 2 minus batch 1; base %.2f GiB)"
              % ((two - one) / 2 ** 30, base / 2 ** 30))

    manifest = {
        "format": "radedit-bundle", "version": 1, "name": "radedit",
        "description": "microsoft/radedit UNet, stabilityai/sdxl-vae, microsoft/BiomedVLP-BioViL-T; exported by "
                       "models/scripts/export_radedit_bundle.py",
        "image": {"size": IMAGE, "channels": 3, "range": "minus_one_to_one"},
        "latent": {"channels": channels, "downsample": factor, "scale": vae.config.scaling_factor},
        "scheduler": "scheduler_config.json",
        "tokenizer": {"file": "tokenizer.json", "max_length": MAX_TOKENS, "padding": "max_length"},
        # The released pipeline samples latent_dist when it encodes; "mean" is the deterministic choice.
        "vae_encoder": dict(roles["vae_encoder"], output="moments", latent="sample"),
        "vae_decoder": roles["vae_decoder"],
        "text_encoder": roles["text_encoder"],
        # diffusers passes no attention mask to this UNet (REAL-PATH.md section 1).
        "unet": dict(roles["unet"], attention_mask=False),
    }
    if "score_image" in roles:
        manifest["score_image"] = dict(roles["score_image"],
                                       image={"size": 448, "resize": 512, "channels": 3, "range": "zero_to_one"})
        manifest["score_text"] = dict(roles["score_text"], strip_trailing="!?.")
    with open(os.path.join(args.out, "manifest.json"), "w") as f:
        json.dump(manifest, f, indent=1)
    print("wrote", args.out)


if __name__ == "__main__":
    main()
