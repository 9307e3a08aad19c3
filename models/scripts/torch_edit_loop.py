#!/usr/bin/python3
"""The same RadEdit edit as `radedit bench bundle` times in Java, as a plain PyTorch loop over the same
TorchScript files, timed the same way; `radedit bench bundle` runs it and compares (never needed to use
the project: only the benchmark calls it, where Debian's python3-torch is installed).

    /usr/bin/python3 models/scripts/torch_edit_loop.py BUNDLE --steps 20 --skip 6 --batch 2 --repeats 2

Prints one JSON line: torch version, threads, forward rows per repeat, and per repeat the loop's wall time
(from after the VAE encoder to before the VAE decoder: text encoding, masks, inversion noise, edit-friendly
inversion from the unconditional rows alone, generation with localized guidance and the keep paste), the
time inside the UNet's forward calls within it and the time of the text encoding at its start.
"""
import argparse
import json
import math
import os
import sys
import time

import numpy as np
import torch
import torch.nn.functional as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_fixture_bundles import posterior, tokenize  # noqa: E402  (the fixture's tokenizer and equations)


def schedule(config, steps):
    """diffusers' DDIMScheduler: linear betas, trailing spacing, a_prev = abar(t - N // T) (1 past the end)."""
    n = config.get("num_train_timesteps", 1000)
    betas = np.linspace(config.get("beta_start", 1e-4), config.get("beta_end", 0.02), n, dtype=np.float64)
    alpha_bar = np.cumprod(1.0 - betas)
    timesteps = (np.round(np.arange(n, 0, -n / steps)) - 1).astype(np.int64)
    prev = timesteps - n // steps
    return timesteps, alpha_bar[timesteps], np.where(prev >= 0, alpha_bar[np.clip(prev, 0, None)], 1.0)


def inputs(batch, size):
    """BundleBenchmark.inputs: a smooth pattern with a bright disk, the disk's surroundings to edit, a corner kept."""
    yy, xx = np.meshgrid(np.arange(size), np.arange(size), indexing="ij")
    images, edits, keeps = [], [], []
    for i in range(batch):
        cx, cy = size * (0.35 + 0.1 * i % 3), size * 0.4
        r2 = (xx - cx) ** 2 + (yy - cy) ** 2
        images.append(np.minimum(1, 0.35 + 0.25 * np.cos(xx / 7.0) * np.sin(yy / 9.0) + (r2 < size * size / 64.0) * 0.4))
        edits.append((r2 < size * size / 28.0).astype(np.float64))
        keep = np.zeros((size, size))
        keep[size * 3 // 4:, : size // 2] = 1
        keeps.append(keep)
    as_tensor = lambda a: torch.tensor(np.stack(a)[:, None], dtype=torch.float32)
    return as_tensor(images), as_tensor(edits), as_tensor(keeps)


class TimedUNet:
    def __init__(self, module):
        self.module, self.seconds, self.rows = module, 0.0, 0

    def __call__(self, x, t, context):
        start = time.perf_counter()
        eps = self.module(x, t, context)
        self.seconds += time.perf_counter() - start
        self.rows += x.shape[0]
        return eps


def edit(roles, unet, manifest, config, images, edit_masks, keep_masks, prompt, guidance, steps, skip):
    factor, scale = manifest["latent"]["downsample"], manifest["latent"]["scale"]
    b = images.shape[0]
    moments = roles["vae_encoder"](2 * images.repeat(1, 3, 1, 1) - 1)
    if manifest["vae_encoder"].get("latent") == "sample":       # moments: mean, log-variance; one draw
        c = moments.shape[1] // 2
        moments = moments[:, :c] + torch.exp(0.5 * moments[:, c:].clamp(-30.0, 20.0)) * torch.randn_like(moments[:, :c])
    x0 = moments * scale
    start = time.perf_counter()
    ids, mask = tokenize(["", prompt])
    hidden = roles["text_encoder"](ids, mask)
    encoded = time.perf_counter()
    null, cond = hidden[0:1].repeat(b, 1, 1), hidden[1:2].repeat(b, 1, 1)
    context = torch.cat([null, cond])
    m_edit = F.max_pool2d(edit_masks, factor)
    m_keep = -F.max_pool2d(-keep_masks, factor)
    timesteps, a_t, a_prev = schedule(config, steps)
    xinv = [None] * (steps + 1)
    xinv[steps] = x0
    for k in range(skip, steps):
        xinv[k] = math.sqrt(a_t[k]) * x0 + math.sqrt(1 - a_t[k]) * torch.randn_like(x0)
    zs = [None] * steps
    for k in range(skip, steps):
        eps_u = unet(xinv[k], torch.full((b,), int(timesteps[k]), dtype=torch.int64), null)
        mu, sigma = posterior(xinv[k], eps_u, a_t[k], a_prev[k])
        if sigma > 0:
            zs[k] = (xinv[k + 1] - mu) / sigma
            xinv[k + 1] = mu + sigma * zs[k]
        else:
            zs[k] = xinv[k + 1] - mu
    x = xinv[skip]
    for k in range(skip, steps):
        e = unet(torch.cat([x, x]), torch.full((2 * b,), int(timesteps[k]), dtype=torch.int64), context)
        eps_u, eps_c = e[:b], e[b:]
        eps = m_edit * (eps_u + guidance * (eps_c - eps_u)) + (1 - m_edit) * eps_u
        mu, sigma = posterior(x, eps, a_t[k], a_prev[k])
        x = mu + sigma * zs[k] if sigma > 0 else mu + zs[k]
        x = m_keep * xinv[k + 1] + (1 - m_keep) * x
    loop = time.perf_counter() - start
    encode = encoded - start
    decoded = ((roles["vae_decoder"](x / scale).mean(dim=1, keepdim=True) + 1) / 2).clamp(0, 1)
    return keep_masks * images + (1 - keep_masks) * decoded, loop, encode


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("bundle")
    parser.add_argument("--steps", type=int, default=20)
    parser.add_argument("--skip", type=int, default=6)
    parser.add_argument("--batch", type=int, default=2)
    parser.add_argument("--repeats", type=int, default=2)
    parser.add_argument("--guidance", type=float, default=4.0)
    args = parser.parse_args()
    torch.set_num_threads(os.cpu_count() or 1)   # Debian's torch starts with one thread here (STACK.md)
    with open(os.path.join(args.bundle, "manifest.json")) as f:
        manifest = json.load(f)
    with open(os.path.join(args.bundle, manifest["scheduler"])) as f:
        config = json.load(f)
    roles = {name: torch.jit.load(os.path.join(args.bundle, manifest[name]["file"])).eval()
             for name in ("vae_encoder", "vae_decoder", "text_encoder", "unet")}
    images, edit_masks, keep_masks = inputs(args.batch, manifest["image"]["size"])
    torch.manual_seed(0)
    runs = []
    with torch.no_grad():
        for r in range(args.repeats + 1):               # the first is a warm-up
            unet = TimedUNet(roles["unet"])
            _, loop, encode = edit(roles, unet, manifest, config, images, edit_masks, keep_masks, "No pneumothorax.",
                           args.guidance, args.steps, args.skip)
            if r > 0:
                runs.append({"loop_seconds": loop, "forward_seconds": unet.seconds, "encode_seconds": encode,
                             "rows": unet.rows})
    print(json.dumps({"torch": torch.__version__, "threads": torch.get_num_threads(), "runs": runs}))


if __name__ == "__main__":
    main()
