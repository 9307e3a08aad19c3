#!/usr/bin/python3
"""Writes the tiny TorchScript model bundles the Java tests load, and a plain PyTorch reference edit.

Run with Debian's python3-torch (torch 1.13; `apt-get install python3-torch`), from the project root:

    /usr/bin/python3 models/scripts/make_fixture_bundles.py dsl/src/test/resources/bundles

It writes two bundle folders with random (seeded) weights and the real signatures of every role
(see dsl/src/main/java/org/radedit/bundle/package-info.java for the manifest):

  tiny/            UNet(latents, timesteps int64, encoder_hidden_states); VAE encoder gives the
                   latent distribution's moments, sampled with supplied noise; also unet-fp16.pt,
                   the same UNet in float16.
  tiny-attention/  UNet(latents, timesteps float32, encoder_hidden_states, attention_mask); VAE
                   encoder gives the mean.

With `--mid-size DIR` it writes instead the benchmark bundle that `radedit bench bundle --mid-size` edits
with (not committed; about 30 M parameters): the tiny bundle's roles at 256 x 256 images, a 64 x 64 latent
and a Stable-Diffusion-shaped cross-attention UNet (MidUNet), plus `benchmark.json` with its FLOPs per row.

And, in each fixture, `reference.npz`: an edit (edit-friendly DDPM inversion, edit and keep masks,
localized classifier-free guidance, keep paste from the inverted latent of the same step, pixel
keep restoration; DESIGN.md section 3) computed here from the stored noise, with every
intermediate. The Java parity test runs the same edit through the bundle with the same noise and
compares. Nothing here is trained: the numbers only pin conventions (scale factor, normalisation,
timesteps, masks, attention mask, batch layout), not image quality.

The output is deterministic for a given torch build (seeded, one thread count).
"""
import hashlib
import json
import math
import os
import sys

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.set_num_threads(os.cpu_count() or 1)

IMAGE = 32          # image side in pixels
FACTOR = 4          # image side / latent side
LATENT_C = 4        # latent channels
SCALE = 0.13025     # latent scale factor (the SDXL VAE's)
MAX_TOKENS = 16     # tokenizer max length (padding to it)
HIDDEN = 32         # text encoder width (encoder_hidden_states' last dimension)
JOINT = 16          # score encoders' joint embedding size

SPECIALS = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
WORDS = ["no", "a", "the", "is", "of", "and", "with", "left", "right", "small", "large", "new", "there",
         "pneumo", "##thorax", "chest", "tube", "pleural", "effusion", "edema", "consolidation", "heart",
         "size", "normal", "lung", "##s", "clear", "mild", "cardio", "##megaly", "pace", "##maker", "lead",
         "support", "device", "##s", "opacity", ".", ",", "-", "apical", "lobe", "lower", "upper", "zone"]


def vocabulary():
    tokens = []
    for t in SPECIALS + WORDS:
        if t not in tokens:
            tokens.append(t)
    return {t: i for i, t in enumerate(tokens)}


VOCAB = vocabulary()


# ---------------------------------------------------------------- tokenizer (BERT, WordPiece)

def tokenizer_json():
    """A HuggingFace tokenizer.json for a lower-casing BERT WordPiece tokenizer over VOCAB."""
    added = [{"id": VOCAB[t], "content": t, "single_word": False, "lstrip": False, "rstrip": False,
              "normalized": False, "special": True} for t in SPECIALS]
    return {
        "version": "1.0",
        "truncation": None,
        "padding": None,
        "added_tokens": added,
        "normalizer": {"type": "BertNormalizer", "clean_text": True, "handle_chinese_chars": True,
                       "strip_accents": None, "lowercase": True},
        "pre_tokenizer": {"type": "BertPreTokenizer"},
        "post_processor": {"type": "BertProcessing", "sep": ["[SEP]", VOCAB["[SEP]"]],
                           "cls": ["[CLS]", VOCAB["[CLS]"]]},
        "decoder": {"type": "WordPiece", "prefix": "##", "cleanup": True},
        "model": {"type": "WordPiece", "unk_token": "[UNK]", "continuing_subword_prefix": "##",
                  "max_input_chars_per_word": 100, "vocab": VOCAB},
    }


def wordpiece(text):
    """BERT basic tokenization (lower case, split on spaces and punctuation) then greedy WordPiece."""
    words = []
    for chunk in text.lower().split():
        word = ""
        for ch in chunk:
            if not ch.isalnum():
                if word:
                    words.append(word)
                words.append(ch)
                word = ""
            else:
                word += ch
        if word:
            words.append(word)
    ids = []
    for word in words:
        start, pieces = 0, []
        while start < len(word):
            end, piece = len(word), None
            while end > start:
                candidate = word[start:end] if start == 0 else "##" + word[start:end]
                if candidate in VOCAB:
                    piece = candidate
                    break
                end -= 1
            if piece is None:
                pieces = ["[UNK]"]
                break
            pieces.append(piece)
            start = end
        ids.extend(VOCAB[p] for p in pieces)
    return ids


def tokenize(texts):
    """[CLS] ids [SEP], truncated to MAX_TOKENS, padded with [PAD]: (ids, attention mask), int64."""
    ids = torch.zeros(len(texts), MAX_TOKENS, dtype=torch.int64)
    mask = torch.zeros(len(texts), MAX_TOKENS, dtype=torch.int64)
    for row, text in enumerate(texts):
        tokens = [VOCAB["[CLS]"]] + wordpiece(text)[:MAX_TOKENS - 2] + [VOCAB["[SEP]"]]
        ids[row, :len(tokens)] = torch.tensor(tokens)
        mask[row, :len(tokens)] = 1
    return ids, mask


# ---------------------------------------------------------------- the roles

class VaeEncoder(nn.Module):
    """(B, 3, H, W) in [-1, 1] to (B, 2C, H/4, W/4) moments (mean, log-variance), or (B, C, ...) mean."""

    def __init__(self, moments):
        super().__init__()
        self.moments = moments
        self.c1 = nn.Conv2d(3, 16, 3, stride=2, padding=1)
        self.c2 = nn.Conv2d(16, 16, 3, stride=2, padding=1)
        self.norm = nn.GroupNorm(4, 16)
        self.out = nn.Conv2d(16, 2 * LATENT_C, 3, padding=1)

    def forward(self, x):
        h = F.silu(self.c1(x))
        h = F.silu(self.norm(self.c2(h)))
        m = self.out(h)
        return m if self.moments else m[:, :LATENT_C]


class VaeDecoder(nn.Module):
    """(B, C, h, w) to (B, 3, 4h, 4w), roughly [-1, 1]."""

    def __init__(self):
        super().__init__()
        self.c1 = nn.Conv2d(LATENT_C, 16, 3, padding=1)
        self.c2 = nn.Conv2d(16, 16, 3, padding=1)
        self.out = nn.Conv2d(16, 3, 3, padding=1)

    def forward(self, z):
        h = F.silu(self.c1(z))
        h = F.interpolate(h, scale_factor=2.0, mode="nearest")
        h = F.silu(self.c2(h))
        h = F.interpolate(h, scale_factor=2.0, mode="nearest")
        return torch.tanh(self.out(h))


class TextEncoder(nn.Module):
    """A one-layer BERT-like encoder: (ids, attention mask) to the last hidden state (B, L, D)."""

    def __init__(self):
        super().__init__()
        self.tokens = nn.Embedding(len(VOCAB), HIDDEN)
        self.positions = nn.Embedding(MAX_TOKENS, HIDDEN)
        self.ln0 = nn.LayerNorm(HIDDEN)
        self.qkv = nn.Linear(HIDDEN, 3 * HIDDEN)
        self.proj = nn.Linear(HIDDEN, HIDDEN)
        self.ln1 = nn.LayerNorm(HIDDEN)
        self.ff = nn.Sequential(nn.Linear(HIDDEN, 2 * HIDDEN), nn.GELU(), nn.Linear(2 * HIDDEN, HIDDEN))
        self.ln2 = nn.LayerNorm(HIDDEN)

    def forward(self, ids, mask):
        positions = torch.arange(ids.shape[1], device=ids.device)
        h = self.ln0(self.tokens(ids) + self.positions(positions))
        q, k, v = self.qkv(h).chunk(3, dim=-1)
        logits = q @ k.transpose(1, 2) / math.sqrt(HIDDEN)
        logits = logits.masked_fill(mask[:, None, :] == 0, -1e4)
        h = self.ln1(h + self.proj(logits.softmax(-1) @ v))
        return self.ln2(h + self.ff(h))


class TextProjection(nn.Module):
    """The score's text encoder: CLS of a TextEncoder, Linear, GELU, LayerNorm, Linear, L2-normalised."""

    def __init__(self):
        super().__init__()
        self.body = TextEncoder()
        self.l1 = nn.Linear(HIDDEN, JOINT)
        self.ln = nn.LayerNorm(JOINT, eps=1e-12)
        self.l2 = nn.Linear(JOINT, JOINT)

    def forward(self, ids, mask):
        cls = self.body(ids, mask)[:, 0]
        return F.normalize(self.l2(self.ln(F.gelu(self.l1(cls)))), dim=-1)


class ImageEmbedding(nn.Module):
    """The score's image encoder: (B, 3, H, W) in [0, 1] to an L2-normalised (B, JOINT)."""

    def __init__(self):
        super().__init__()
        self.c1 = nn.Conv2d(3, 16, 3, stride=2, padding=1)
        self.c2 = nn.Conv2d(16, 32, 3, stride=2, padding=1)
        self.fc = nn.Linear(32, JOINT)

    def forward(self, x):
        h = F.relu(self.c2(F.relu(self.c1(x))))
        return F.normalize(self.fc(h.mean(dim=(2, 3))), dim=-1)


def timestep_embedding(t, dim):
    half = dim // 2
    freqs = torch.exp(-math.log(10000.0) * torch.arange(half, dtype=torch.float32, device=t.device) / half)
    args = t.to(torch.float32)[:, None] * freqs[None]
    return torch.cat([torch.cos(args), torch.sin(args)], dim=-1)


class UNet(nn.Module):
    """A small cross-attention UNet: eps(latents (B,C,h,w), timesteps (B), encoder_hidden_states (B,L,D)[, mask (B,L)])."""

    def __init__(self, width=32):
        super().__init__()
        self.width = width
        self.inp = nn.Conv2d(LATENT_C, width, 3, padding=1)
        self.temb = nn.Sequential(nn.Linear(width, width), nn.SiLU(), nn.Linear(width, width))
        self.n1 = nn.GroupNorm(8, width)
        self.c1 = nn.Conv2d(width, width, 3, padding=1)
        self.down = nn.Conv2d(width, width, 3, stride=2, padding=1)
        self.na = nn.GroupNorm(8, width)
        self.q = nn.Linear(width, width)
        self.k = nn.Linear(HIDDEN, width)
        self.v = nn.Linear(HIDDEN, width)
        self.o = nn.Linear(width, width)
        self.up = nn.Conv2d(2 * width, width, 3, padding=1)
        self.n2 = nn.GroupNorm(8, width)
        self.out = nn.Conv2d(width, LATENT_C, 3, padding=1)

    def attend(self, h, context, mask):
        b, c, hh, ww = h.shape
        tokens = self.na(h).flatten(2).transpose(1, 2)                   # (B, hw, c)
        logits = self.q(tokens) @ self.k(context).transpose(1, 2) / math.sqrt(self.width)
        if mask is not None:
            logits = logits.masked_fill(mask[:, None, :] == 0, -1e4)
        attended = self.o(logits.softmax(-1) @ self.v(context))
        return h + attended.transpose(1, 2).reshape(b, c, hh, ww)

    def run(self, x, t, context, mask):
        # type_as(x): the trace follows the latents' dtype, so the same graph in half precision takes float16.
        h0 = self.inp(x) + self.temb(timestep_embedding(t, self.width).type_as(x))[:, :, None, None]
        h1 = h0 + self.c1(F.silu(self.n1(h0)))
        h2 = self.attend(self.down(h1), context, mask)
        h3 = F.interpolate(h2, scale_factor=2.0, mode="nearest")
        h4 = self.up(torch.cat([h3, h1], dim=1))
        return self.out(F.silu(self.n2(h4)))


class UNetNoMask(UNet):
    def forward(self, x, t, context):
        return self.run(x, t, context, None)


class UNetWithMask(UNet):
    def forward(self, x, t, context, mask):
        return self.run(x, t, context, mask)


class Classifier(nn.Module):
    """(B, 3, H, W) in [0, 1] to logits (B, 2): Pneumothorax, Support Devices."""

    def __init__(self):
        super().__init__()
        self.c1 = nn.Conv2d(3, 8, 3, stride=2, padding=1)
        self.c2 = nn.Conv2d(8, 16, 3, stride=2, padding=1)
        self.fc = nn.Linear(16, 2)

    def forward(self, x):
        return self.fc(F.relu(self.c2(F.relu(self.c1(x)))).mean(dim=(2, 3)))


class Segmenter(nn.Module):
    """(B, 1, H, W) in [0, 1] to per-pixel logits (B, 1, H, W)."""

    def __init__(self):
        super().__init__()
        self.c1 = nn.Conv2d(1, 8, 3, padding=1)
        self.c2 = nn.Conv2d(8, 1, 3, padding=1)

    def forward(self, x):
        return self.c2(F.relu(self.c1(x)))


# ---------------------------------------------------------------- schedule and the edit

def trailing_steps(count, train=1000, beta_start=1e-4, beta_end=0.02):
    """diffusers' DDIMScheduler, linear betas, 'trailing' spacing, set_alpha_to_one: (timesteps, a_t, a_prev)."""
    betas = np.linspace(beta_start, beta_end, train, dtype=np.float64)
    alpha_bar = np.cumprod(1.0 - betas)
    timesteps = (np.round(np.arange(train, 0, -train / count)) - 1).astype(np.int64)
    a_t = alpha_bar[timesteps]
    # a_prev: alpha bar at t - train // count, 1.0 (set_alpha_to_one) past the end.
    prev = timesteps - train // count
    a_prev = np.where(prev >= 0, alpha_bar[np.clip(prev, 0, None)], 1.0)
    return timesteps, a_t, a_prev


def posterior(x, eps, a_t, a_prev):
    """DESIGN.md section 3: x0_hat, sigma (DDIM eta = 1) and the posterior mean mu."""
    x0_hat = (x - math.sqrt(1 - a_t) * eps) / math.sqrt(a_t)
    sigma = math.sqrt((1 - a_prev) / (1 - a_t)) * math.sqrt(max(0.0, 1 - a_t / a_prev))
    mu = math.sqrt(a_prev) * x0_hat + math.sqrt(max(0.0, 1 - a_prev - sigma * sigma)) * eps
    return mu, sigma


def pool_any(mask):   # edit mask to latent cells: any covered pixel counts
    return F.max_pool2d(mask, FACTOR)


def pool_all(mask):   # keep mask to latent cells: only fully covered cells
    return -F.max_pool2d(-mask, FACTOR)


def reference_edit(roles, with_mask, sample_latent, images, edit_masks, keep_masks, prompt, guidance,
                   steps, skip, generator, inversion_rows="minimal"):
    """The edit, written out plainly; returns every intermediate as numpy arrays.

    inversion_rows: "minimal" inverts with the unconditional rows alone (B rows a step, as the released
    pipeline does and the Java engine by default); "matched" evaluates generation's [null; prompt] batch and
    keeps its unconditional half (the engine's InversionLayout.MATCHED).
    """
    enc, dec, text, unet = roles["vae_encoder"], roles["vae_decoder"], roles["text_encoder"], roles["unet"]
    out = {}
    b = images.shape[0]
    rgb = (2 * images - 1).repeat(1, 3, 1, 1)                          # grey [0,1] -> 3 channels [-1,1]
    latent_shape = (b, LATENT_C, IMAGE // FACTOR, IMAGE // FACTOR)
    moments = enc(rgb)
    if sample_latent:
        mean, logvar = moments[:, :LATENT_C], moments[:, LATENT_C:].clamp(-30.0, 20.0)
        noise = torch.randn(latent_shape, generator=generator)
        out["noise_encode_0"] = noise
        x0 = (mean + torch.exp(0.5 * logvar) * noise) * SCALE
    else:
        x0 = moments * SCALE
    out["x0"] = x0

    ids, mask = tokenize(["", prompt])
    out["token_ids"], out["attention_mask"] = ids, mask
    hidden = text(ids, mask)
    out["hidden_states"] = hidden
    null, cond = hidden[0:1].repeat(b, 1, 1), hidden[1:2].repeat(b, 1, 1)
    null_mask, cond_mask = mask[0:1].repeat(b, 1), mask[1:2].repeat(b, 1)
    context = torch.cat([null, cond])                                  # batch layout: [null; prompt]
    context_mask = torch.cat([null_mask, cond_mask])

    def eps_pair(x, t):
        tt = torch.full((2 * b,), int(t), dtype=roles["timestep_dtype"])
        args = (torch.cat([x, x]), tt, context) + ((context_mask,) if with_mask else ())
        e = unet(*args)
        return e[:b], e[b:]

    def eps_null(x, t):
        if inversion_rows == "matched":
            return eps_pair(x, t)[0]
        tt = torch.full((b,), int(t), dtype=roles["timestep_dtype"])
        return unet(*((x, tt, null) + ((null_mask,) if with_mask else ())))

    timesteps, a_t, a_prev = trailing_steps(steps)
    out["timesteps"] = torch.from_numpy(timesteps)

    # Edit-friendly inversion: independent noise per step, then noise maps, written back as we go.
    xinv = [None] * (steps + 1)
    xinv[steps] = x0
    for k in range(skip, steps):
        n = torch.randn(latent_shape, generator=generator)
        out["noise_inversion_%d" % k] = n
        xinv[k] = math.sqrt(a_t[k]) * x0 + math.sqrt(1 - a_t[k]) * n
    zs = [None] * steps
    for k in range(skip, steps):
        eps_u = eps_null(xinv[k], timesteps[k])
        mu, sigma = posterior(xinv[k], eps_u, a_t[k], a_prev[k])
        if sigma > 0:
            zs[k] = (xinv[k + 1] - mu) / sigma
            xinv[k + 1] = mu + sigma * zs[k]
        else:
            zs[k] = xinv[k + 1] - mu                                    # the last step's residual
    out["inverted_start"] = xinv[skip]

    m_edit = pool_any(edit_masks)
    m_keep = pool_all(keep_masks)
    x = xinv[skip]
    for k in range(skip, steps):
        eps_u, eps_c = eps_pair(x, timesteps[k])
        eps_cfg = eps_u + guidance * (eps_c - eps_u)
        eps = m_edit * eps_cfg + (1 - m_edit) * eps_u                   # guidance only inside the edit mask
        mu, sigma = posterior(x, eps, a_t[k], a_prev[k])
        x = mu + sigma * zs[k] if sigma > 0 else mu + zs[k]
        x = m_keep * xinv[k + 1] + (1 - m_keep) * x                     # keep follows its own trajectory
        out["latent_%d" % k] = x
    out["final_latent"] = x

    decoded = dec(x / SCALE).mean(dim=1, keepdim=True)                  # 3 channels -> grey by the mean
    decoded = ((decoded + 1) / 2).clamp(0, 1)
    out["decoded"] = decoded
    out["edited"] = keep_masks * images + (1 - keep_masks) * decoded    # keep pixels are the input's
    return out


def phantom_images():
    """Two smooth grey 32x32 images with a bright disk, an edit mask around it and a keep box."""
    yy, xx = torch.meshgrid(torch.arange(IMAGE, dtype=torch.float32), torch.arange(IMAGE, dtype=torch.float32),
                            indexing="ij")
    images, edits, keeps = [], [], []
    for cx, cy in ((11.0, 12.0), (20.0, 18.0)):
        body = 0.35 + 0.25 * torch.cos(xx / 7.0) * torch.sin(yy / 9.0)
        disk = ((xx - cx) ** 2 + (yy - cy) ** 2 <= 16).float()
        images.append((body + 0.4 * disk).clamp(0, 1))
        edits.append(((xx - cx) ** 2 + (yy - cy) ** 2 <= 36).float())
        keep = torch.zeros(IMAGE, IMAGE)
        keep[24:32, 0:16] = 1.0 if cx < 16 else 0.0
        keep[0:8, 16:32] = 1.0
        keeps.append(keep)
    return (torch.stack(images)[:, None], torch.stack(edits)[:, None], torch.stack(keeps)[:, None])


# ---------------------------------------------------------------- writing a bundle

def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 16), b""):
            h.update(block)
    return h.hexdigest()


def tensor_spec(name, shape, dtype):
    return {"name": name, "shape": list(shape), "dtype": dtype}


def write_bundle(folder, with_mask, sample_latent, timestep_dtype, seed, half_variant=False, image=IMAGE, unet=None,
                 references=True, description="Tiny random-weight fixture made by models/scripts/make_fixture_bundles.py; not a model."):
    os.makedirs(folder, exist_ok=True)
    torch.manual_seed(seed)
    roles = {
        "vae_encoder": VaeEncoder(moments=sample_latent).eval(),
        "vae_decoder": VaeDecoder().eval(),
        "text_encoder": TextEncoder().eval(),
        "unet": (unet if unet is not None else UNetWithMask() if with_mask else UNetNoMask()).eval(),
        "score_image": ImageEmbedding().eval(),
        "score_text": TextProjection().eval(),
        "classifier": Classifier().eval(),
        "segmenter": Segmenter().eval(),
    }
    h = image // FACTOR
    ids, mask = tokenize(["a"])
    examples = {
        "vae_encoder": (torch.zeros(1, 3, image, image),),
        "vae_decoder": (torch.zeros(1, LATENT_C, h, h),),
        "text_encoder": (ids, mask),
        "unet": (torch.zeros(1, LATENT_C, h, h), torch.zeros(1, dtype=timestep_dtype), torch.zeros(1, MAX_TOKENS, HIDDEN))
        + ((mask,) if with_mask else ()),
        "score_image": (torch.zeros(1, 3, image, image),),
        "score_text": (ids, mask),
        "classifier": (torch.zeros(1, 3, image, image),),
        "segmenter": (torch.zeros(1, 1, image, image),),
    }
    tdtype = "int64" if timestep_dtype == torch.int64 else "float32"
    specs = {
        "vae_encoder": ([tensor_spec("images", (-1, 3, image, image), "float32")],
                        [tensor_spec("moments" if sample_latent else "mean",
                                     (-1, 2 * LATENT_C if sample_latent else LATENT_C, h, h), "float32")]),
        "vae_decoder": ([tensor_spec("latents", (-1, LATENT_C, h, h), "float32")],
                        [tensor_spec("images", (-1, 3, image, image), "float32")]),
        "text_encoder": ([tensor_spec("input_ids", (-1, MAX_TOKENS), "int64"),
                          tensor_spec("attention_mask", (-1, MAX_TOKENS), "int64")],
                         [tensor_spec("last_hidden_state", (-1, MAX_TOKENS, HIDDEN), "float32")]),
        "unet": ([tensor_spec("latents", (-1, LATENT_C, h, h), "float32"), tensor_spec("timesteps", (-1,), tdtype),
                  tensor_spec("encoder_hidden_states", (-1, MAX_TOKENS, HIDDEN), "float32")]
                 + ([tensor_spec("attention_mask", (-1, MAX_TOKENS), "int64")] if with_mask else []),
                 [tensor_spec("noise", (-1, LATENT_C, h, h), "float32")]),
        "score_image": ([tensor_spec("images", (-1, 3, image, image), "float32")],
                        [tensor_spec("embedding", (-1, JOINT), "float32")]),
        "score_text": ([tensor_spec("input_ids", (-1, MAX_TOKENS), "int64"),
                        tensor_spec("attention_mask", (-1, MAX_TOKENS), "int64")],
                       [tensor_spec("embedding", (-1, JOINT), "float32")]),
        "classifier": ([tensor_spec("images", (-1, 3, image, image), "float32")],
                       [tensor_spec("logits", (-1, 2), "float32")]),
        "segmenter": ([tensor_spec("images", (-1, 1, image, image), "float32")],
                      [tensor_spec("logits", (-1, 1, image, image), "float32")]),
    }
    traced = {}
    files = {}
    with torch.no_grad():
        for name, module in roles.items():
            traced[name] = torch.jit.trace(module, examples[name])
            path = os.path.join(folder, name + ".pt")
            traced[name].save(path)
            files[name] = {"file": name + ".pt", "sha256": sha256(path),
                           "inputs": specs[name][0], "outputs": specs[name][1]}

    if half_variant:
        # The UNet in float16 (parameters cast after tracing): what an export traces on a GPU. Here it pins the
        # engine's casting of latents and conditions, and the precision choice; CPU half arithmetic is slow.
        path = os.path.join(folder, "unet-fp16.pt")
        torch.jit.load(os.path.join(folder, "unet.pt")).half().save(path)
        files["unet"]["float16"] = {"file": "unet-fp16.pt", "sha256": sha256(path), "dtype": "float16"}

    with open(os.path.join(folder, "tokenizer.json"), "w") as f:
        json.dump(tokenizer_json(), f, indent=1)
    scheduler = {"_class_name": "DDIMScheduler", "num_train_timesteps": 1000, "beta_start": 0.0001,
                 "beta_end": 0.02, "beta_schedule": "linear", "clip_sample": False, "prediction_type": "epsilon",
                 "timestep_spacing": "trailing", "steps_offset": 1, "set_alpha_to_one": True}
    with open(os.path.join(folder, "scheduler_config.json"), "w") as f:
        json.dump(scheduler, f, indent=1)

    image_range = {"size": image, "channels": 3, "range": "minus_one_to_one"}
    manifest = {
        "format": "radedit-bundle",
        "version": 1,
        "name": os.path.basename(folder.rstrip("/")),
        "description": description,
        "image": image_range,
        "latent": {"channels": LATENT_C, "downsample": FACTOR, "scale": SCALE},
        "scheduler": "scheduler_config.json",
        "tokenizer": {"file": "tokenizer.json", "max_length": MAX_TOKENS, "padding": "max_length"},
        "vae_encoder": dict(files["vae_encoder"], output="moments" if sample_latent else "mean",
                            latent="sample" if sample_latent else "mean"),
        "vae_decoder": dict(files["vae_decoder"]),
        "text_encoder": dict(files["text_encoder"]),
        "unet": dict(files["unet"], attention_mask=with_mask),
        "score_image": dict(files["score_image"], image={"size": image, "channels": 3, "range": "zero_to_one"}),
        "score_text": dict(files["score_text"], strip_trailing="!?."),
        "predictors": [
            dict(files["classifier"], name="classifier", kind="classifier",
                 labels=["Pneumothorax", "Support Devices"],
                 image={"size": image, "channels": 3, "range": "zero_to_one"}),
            dict(files["segmenter"], name="segmenter", kind="segmenter", labels=["lungs"],
                 image={"size": image, "channels": 1, "range": "zero_to_one"}),
        ],
    }
    with open(os.path.join(folder, "manifest.json"), "w") as f:
        json.dump(manifest, f, indent=1)

    # The reference edits, through the traced modules (what Java loads), with noise drawn here: T = 10 (divides
    # 1000) in both inversion layouts, and T = 7, where diffusers' a_prev = abar(t - 1000 // 7) is not the next
    # timestep's alpha bar (the convention the engine follows, SamplingSteps).
    traced["timestep_dtype"] = timestep_dtype
    if not references:
        return traced
    write_reference(folder, "reference", traced, with_mask, sample_latent, seed, steps=10, skip=3, matched_too=True)
    if half_variant:
        write_reference(folder, "reference-t7", traced, with_mask, sample_latent, seed + 100, steps=7, skip=2)


def write_reference(folder, name, traced, with_mask, sample_latent, seed, steps, skip, matched_too=False):
    images, edit_masks, keep_masks = phantom_images()
    prompt, guidance = "No pneumothorax.", 4.0
    with torch.no_grad():
        out = reference_edit(traced, with_mask, sample_latent, images, edit_masks, keep_masks, prompt, guidance,
                             steps, skip, torch.Generator().manual_seed(seed + 1))
        if matched_too:
            matched = reference_edit(traced, with_mask, sample_latent, images, edit_masks, keep_masks, prompt,
                                     guidance, steps, skip, torch.Generator().manual_seed(seed + 1), "matched")
            out["matched_final_latent"] = matched["final_latent"]
            out["matched_edited"] = matched["edited"]
        texts = ["Small left pneumothorax.", "No pneumothorax"]
        sid, smask = tokenize([t.rstrip("!?.") for t in texts])
        out["score_text_ids"] = sid
        out["score_text_embeddings"] = traced["score_text"](sid, smask)
        out["score_image_embeddings"] = traced["score_image"](images.repeat(1, 3, 1, 1))
        out["classifier_logits"] = traced["classifier"](images.repeat(1, 3, 1, 1))
        out["segmenter_logits"] = traced["segmenter"](images)
    out["images"], out["edit_masks"], out["keep_masks"] = images, edit_masks, keep_masks
    arrays = {k: v.numpy() for k, v in out.items()}
    np.savez(os.path.join(folder, name + ".npz"), **arrays)
    with open(os.path.join(folder, name + ".json"), "w") as f:
        json.dump({"prompt": prompt, "guidance": guidance, "steps": steps, "skip": skip,
                   "inversion_layout": "minimal", "score_texts": texts, "torch": torch.__version__}, f, indent=1)
    print("wrote", folder, name, {k: tuple(v.shape) for k, v in arrays.items() if k.startswith(("x0", "final", "edited"))})


# ---------------------------------------------------------------- the mid-size benchmark UNet

class MidResBlock(nn.Module):
    """GroupNorm, SiLU, 3x3 convolution, plus the time embedding; twice; with a (1x1) skip."""

    def __init__(self, cin, cout, temb):
        super().__init__()
        self.n1, self.c1, self.t = nn.GroupNorm(32, cin), nn.Conv2d(cin, cout, 3, padding=1), nn.Linear(temb, cout)
        self.n2, self.c2 = nn.GroupNorm(32, cout), nn.Conv2d(cout, cout, 3, padding=1)
        self.skip = nn.Conv2d(cin, cout, 1) if cin != cout else nn.Identity()

    def forward(self, x, emb):
        h = self.c1(F.silu(self.n1(x))) + self.t(F.silu(emb))[:, :, None, None]
        return self.skip(x) + self.c2(F.silu(self.n2(h)))


class MidTransformer(nn.Module):
    """A Stable-Diffusion-like transformer block over the pixels: self-attention, cross-attention to the
    text's hidden states, GEGLU feed-forward. Counts its own attention products in `flops` when asked."""

    def __init__(self, c, heads):
        super().__init__()
        self.heads, self.count, self.flops = heads, False, 0
        self.norm, self.proj_in, self.proj_out = nn.GroupNorm(32, c), nn.Linear(c, c), nn.Linear(c, c)
        self.ln1, self.qkv, self.out1 = nn.LayerNorm(c), nn.Linear(c, 3 * c, bias=False), nn.Linear(c, c)
        self.ln2, self.q, self.out2 = nn.LayerNorm(c), nn.Linear(c, c, bias=False), nn.Linear(c, c)
        self.k, self.v = nn.Linear(HIDDEN, c, bias=False), nn.Linear(HIDDEN, c, bias=False)
        self.ln3, self.ff1, self.ff2 = nn.LayerNorm(c), nn.Linear(c, 8 * c), nn.Linear(4 * c, c)

    def split(self, x):
        b, n, c = x.shape
        return x.reshape(b, n, self.heads, c // self.heads).transpose(1, 2)

    def attend(self, q, k, v, mask):
        if self.count:      # QK^T and the weighted sum of V: 2 * 2 * n * m * c per row
            self.flops += 4 * q.shape[1] * k.shape[1] * q.shape[2]
        q, k, v = self.split(q), self.split(k), self.split(v)
        w = q @ k.transpose(-1, -2) / math.sqrt(q.shape[-1])
        if mask is not None:
            w = w.masked_fill(mask[:, None, None, :] == 0, -1e4)
        o = (w.softmax(-1) @ v).transpose(1, 2)
        return o.reshape(o.shape[0], o.shape[1], -1)

    def forward(self, x, context, mask):
        b, c, h, w = x.shape
        t = self.proj_in(self.norm(x).flatten(2).transpose(1, 2))
        q, k, v = self.qkv(self.ln1(t)).chunk(3, dim=-1)
        t = t + self.out1(self.attend(q, k, v, None))
        y = self.ln2(t)
        t = t + self.out2(self.attend(self.q(y), self.k(context), self.v(context), mask))
        a, gate = self.ff1(self.ln3(t)).chunk(2, dim=-1)
        t = t + self.ff2(a * F.gelu(gate))
        return x + self.proj_out(t).transpose(1, 2).reshape(b, c, h, w)


class MidUNet(nn.Module):
    """A cross-attention UNet in the shape of Stable Diffusion's, scaled down: levels of `widths` channels
    (64, 32, 16 px at a 64 x 64 latent), two residual blocks down and three up per level, transformer blocks
    where `attention` says, a middle of block-transformer-block. eps(latents, timesteps int64, hidden states)."""

    def __init__(self, widths=(96, 192, 288), attention=(False, True, True), heads=8):
        super().__init__()
        self.w0, temb, self.levels = widths[0], 4 * widths[0], len(widths)
        self.temb = nn.Sequential(nn.Linear(widths[0], temb), nn.SiLU(), nn.Linear(temb, temb))
        self.inp = nn.Conv2d(LATENT_C, widths[0], 3, padding=1)
        self.down, self.down_attn, self.downsample = nn.ModuleList(), nn.ModuleList(), nn.ModuleList()
        previous, skips = widths[0], [widths[0]]
        for i, w in enumerate(widths):
            for _ in range(2):
                self.down.append(MidResBlock(previous, w, temb))
                self.down_attn.append(MidTransformer(w, heads) if attention[i] else nn.Identity())
                previous = w
                skips.append(w)
            if i < self.levels - 1:
                self.downsample.append(nn.Conv2d(w, w, 3, stride=2, padding=1))
                skips.append(w)
        self.mid1, self.mid_attn, self.mid2 = (MidResBlock(previous, previous, temb), MidTransformer(previous, heads),
                                               MidResBlock(previous, previous, temb))
        self.up, self.up_attn, self.upsample = nn.ModuleList(), nn.ModuleList(), nn.ModuleList()
        for i in reversed(range(self.levels)):
            for _ in range(3):
                self.up.append(MidResBlock(previous + skips.pop(), widths[i], temb))
                self.up_attn.append(MidTransformer(widths[i], heads) if attention[i] else nn.Identity())
                previous = widths[i]
            if i > 0:
                self.upsample.append(nn.Conv2d(previous, previous, 3, padding=1))
        self.norm_out, self.out = nn.GroupNorm(32, previous), nn.Conv2d(previous, LATENT_C, 3, padding=1)

    @staticmethod
    def block(res, attn, h, emb, context):
        h = res(h, emb)
        return attn(h, context, None) if isinstance(attn, MidTransformer) else h

    def forward(self, x, t, context):
        emb = self.temb(timestep_embedding(t, self.w0).type_as(x))
        h = self.inp(x)
        skips, k = [h], 0
        for i in range(self.levels):
            for _ in range(2):
                h = self.block(self.down[k], self.down_attn[k], h, emb, context)
                skips.append(h)
                k += 1
            if i < self.levels - 1:
                h = self.downsample[i](h)
                skips.append(h)
        h = self.mid2(self.mid_attn(self.mid1(h, emb), context, None), emb)
        k = 0
        for i in range(self.levels):
            for _ in range(3):
                h = self.block(self.up[k], self.up_attn[k], torch.cat([h, skips.pop()], dim=1), emb, context)
                k += 1
            if i < self.levels - 1:
                h = self.upsample[i](F.interpolate(h, scale_factor=2.0, mode="nearest"))
        return self.out(F.silu(self.norm_out(h)))


def count_flops(unet, latent):
    """Floating-point operations of one forward row: 2 per multiply-add of every convolution and linear layer
    (forward hooks) and of the attention products (counted by the blocks); norms and activations left out."""
    total = [0]

    def hook(module, inputs, output):
        if isinstance(module, nn.Conv2d):
            total[0] += 2 * module.weight.numel() * output.shape[2] * output.shape[3]
        else:
            total[0] += 2 * module.weight.numel() * (output.numel() // output.shape[-1])

    handles = [m.register_forward_hook(hook) for m in unet.modules() if isinstance(m, (nn.Conv2d, nn.Linear))]
    blocks = [m for m in unet.modules() if isinstance(m, MidTransformer)]
    for b in blocks:
        b.count, b.flops = True, 0
    with torch.no_grad():
        unet(torch.zeros(1, LATENT_C, latent, latent), torch.zeros(1, dtype=torch.int64), torch.zeros(1, MAX_TOKENS, HIDDEN))
    for h in handles:
        h.remove()
    for b in blocks:
        b.count = False
    return total[0] + sum(b.flops for b in blocks)


def write_mid_size_bundle(folder, image=256):
    """The benchmark bundle: MidUNet at a 64 x 64 latent (image / 4), the tiny bundle's other roles."""
    torch.manual_seed(21)
    unet = MidUNet().eval()
    flops = count_flops(unet, image // FACTOR)
    write_bundle(folder, with_mask=False, sample_latent=False, timestep_dtype=torch.int64, seed=21, image=image,
                 unet=unet, references=False,
                 description="Mid-size random-weight benchmark bundle made by models/scripts/make_fixture_bundles.py"
                             " --mid-size; not a model.")
    parameters = sum(p.numel() for p in unet.parameters())
    with open(os.path.join(folder, "benchmark.json"), "w") as f:
        json.dump({"unet_parameters": parameters, "unet_flops_per_row": flops,
                   "latent": [LATENT_C, image // FACTOR, image // FACTOR], "torch": torch.__version__}, f, indent=1)
    print("wrote", folder, "UNet %.1f M parameters, %.2f GFLOP per row" % (parameters / 1e6, flops / 1e9))


def main():
    if len(sys.argv) > 2 and sys.argv[1] == "--mid-size":
        write_mid_size_bundle(sys.argv[2])
        return
    root = sys.argv[1] if len(sys.argv) > 1 else "dsl/src/test/resources/bundles"
    write_bundle(os.path.join(root, "tiny"), with_mask=False, sample_latent=True, timestep_dtype=torch.int64, seed=11,
                 half_variant=True)
    write_bundle(os.path.join(root, "tiny-attention"), with_mask=True, sample_latent=False,
                 timestep_dtype=torch.float32, seed=12)


if __name__ == "__main__":
    main()
