#!/usr/bin/python3
"""Trains the small PyTorch classifier that notebook 6 loads as TorchScript, and writes its card.

It stands for "your own PyTorch model": trained outside Java, exported with torch.jit.trace, run by
the toolkit through DJL. It is trained on the presentation-biased phantom cohort (99% of
pneumothoraces have a chest tube), so it may learn the tube as a shortcut: the notebook's stress
test is there to find out. Run from the project root with Debian's python3-torch (torch 1.13):

    ./radedit fixtures --training-arrays /tmp/train-biased.npz --size 1600 --seed 5101
    ./radedit fixtures --training-arrays /tmp/heldout-balanced.npz --size 400 --seed 5102 --balanced
    /usr/bin/python3 models/scripts/train_torchscript_classifier.py /tmp/train-biased.npz \
        /tmp/heldout-balanced.npz models/weights/torchscript

Input (B, 1, 128, 128) in [0, 1]; output logits (B, 2): Pneumothorax, Chest tube.
"""
import hashlib
import json
import os
import sys
import time

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

LABELS = ["Pneumothorax", "Chest tube"]
NAME = "pneumothorax-cnn"


class SmallCnn(nn.Module):
    def __init__(self):
        super().__init__()
        widths = [1, 8, 16, 32, 32]
        self.convs = nn.ModuleList(nn.Conv2d(widths[i], widths[i + 1], 3, stride=2, padding=1) for i in range(4))
        self.norms = nn.ModuleList(nn.GroupNorm(4, widths[i + 1]) for i in range(4))
        self.head = nn.Linear(32, len(LABELS))

    def forward(self, x):
        h = 2 * x - 1
        for conv, norm in zip(self.convs, self.norms):
            h = F.relu(norm(conv(h)))
        return self.head(h.mean(dim=(2, 3)))


def auc(scores, labels):
    """ROC AUC by ranks (ties averaged)."""
    order = np.argsort(scores, kind="mergesort")
    ranks = np.empty(len(scores))
    sorted_scores = scores[order]
    i = 0
    while i < len(scores):
        j = i
        while j + 1 < len(scores) and sorted_scores[j + 1] == sorted_scores[i]:
            j += 1
        ranks[order[i:j + 1]] = (i + j) / 2 + 1
        i = j + 1
    pos = labels == 1
    n_pos, n_neg = pos.sum(), (~pos).sum()
    return (ranks[pos].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg)


def main():
    train_file, heldout_file, out_dir = sys.argv[1], sys.argv[2], sys.argv[3]
    torch.set_num_threads(os.cpu_count() or 1)
    torch.manual_seed(0)
    train = np.load(train_file)
    images, labels = torch.from_numpy(train["images"]), torch.from_numpy(train["labels"])
    model = SmallCnn()
    optimizer = torch.optim.Adam(model.parameters(), lr=2e-3)
    epochs, batch = 8, 32
    start = time.time()
    generator = torch.Generator().manual_seed(1)
    for epoch in range(epochs):
        order = torch.randperm(len(images), generator=generator)
        total = 0.0
        for b in range(0, len(images), batch):
            idx = order[b:b + batch]
            loss = F.binary_cross_entropy_with_logits(model(images[idx]), labels[idx])
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            total += loss.item() * len(idx)
        print("epoch %d: loss %.4f" % (epoch + 1, total / len(images)), flush=True)
    seconds = time.time() - start

    model.eval()
    held = np.load(heldout_file)
    with torch.no_grad():
        logits = torch.cat([model(torch.from_numpy(held["images"][i:i + 64])) for i in range(0, len(held["images"]), 64)])
    p = torch.sigmoid(logits).numpy()
    y = held["labels"]
    ptx, tube = y[:, 0] == 1, y[:, 1] == 1
    predicted = p[:, 0] >= 0.5
    groups = {
        "pneumothorax with tube": ptx & tube, "pneumothorax without tube": ptx & ~tube,
        "no pneumothorax, tube": ~ptx & tube, "no pneumothorax, no tube": ~ptx & ~tube,
    }
    figures = {
        "accuracy": float((predicted == ptx).mean()),
        "auroc": float(auc(p[:, 0], y[:, 0])),
        "chest_tube_auroc": float(auc(p[:, 1], y[:, 1])),
        "groups": {name: {"images": int(m.sum()), "accuracy": float((predicted[m] == ptx[m]).mean())}
                   for name, m in groups.items()},
    }

    os.makedirs(out_dir, exist_ok=True)
    path = os.path.join(out_dir, NAME + ".pt")
    with torch.no_grad():
        torch.jit.trace(model, torch.zeros(1, 1, 128, 128)).save(path)
    sha = hashlib.sha256(open(path, "rb").read()).hexdigest()
    params = sum(t.numel() for t in model.parameters())
    card = {
        "name": NAME, "file": NAME + ".pt", "sha256": sha, "labels": LABELS,
        "image": {"size": 128, "channels": 1, "range": "zero_to_one"}, "activation": "sigmoid",
        "parameters": params, "training": {"cohort": "presentation-biased", "images": int(len(images)),
                                           "seed": 5101, "epochs": epochs, "batch": batch, "seconds": round(seconds, 1),
                                           "torch": torch.__version__},
        "held_out": dict(figures, cohort="presentation-balanced", seed=5102, images=int(len(y))),
    }
    with open(os.path.join(out_dir, NAME + ".json"), "w") as f:
        json.dump(card, f, indent=1)
    print(json.dumps(card, indent=1))


if __name__ == "__main__":
    main()
