"""Executes notebooks headless with nbclient and checks them (used by run-notebooks.sh and check-binder.sh).

    execute_notebooks.py --out DIR [--in-place] [--kernel radedit] [--timeout 900] [--written FILE]
                         [--max-rss-mb 2048] NOTEBOOK...

Each notebook runs in its own folder (so relative paths in it work) on a fresh kernel. A notebook fails when a
cell raises an error (named by cell index, ename and evalue), times out, or the kernel dies, and when one of
its expected MIME types appears in no output. Expected types: the notebook's top-level metadata
"radedit": {"expect": [...]}, by default image/png and text/html. Executed notebooks go to --out DIR (same
file name); with --in-place, those that pass go back over the originals instead. Prints each notebook's
wall time and the kernel's peak resident memory (VmHWM of the kernel process, read after every cell: the
kernel runs cells in its own JVM and starts no other process), and the totals; a notebook whose kernel
peaked above --max-rss-mb fails. Exits 1 when any notebook failed.
"""
import argparse
import os
import sys
import time

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError

DEFAULT_EXPECT = ["image/png", "text/html"]
RICH_OUTPUTS = ("display_data", "execute_result")


def expected_types(nb):
    radedit = nb.metadata.get("radedit", {})
    expect = radedit.get("expect") if isinstance(radedit, dict) else None
    return list(expect) if expect else DEFAULT_EXPECT


def shown_types(nb):
    types = set()
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            if output.get("output_type") in RICH_OUTPUTS:
                types.update(output.get("data", {}).keys())
    return types


def first_error(nb):
    """(cell index, ename, evalue) of the first error output, or None."""
    for index, cell in enumerate(nb.cells):
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error":
                return index, output.get("ename", "?"), output.get("evalue", "")
    return None


def peak_rss_mb(pid):
    """The peak resident set size (VmHWM) of a live process in MiB, or None when it cannot be read."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError, IndexError):
        pass
    return None


def execute(path, kernel, timeout, max_rss_mb):
    """Runs one notebook; returns (executed notebook, list of problems, kernel peak RSS in MiB or None)."""
    nb = nbformat.read(path, as_version=4)
    current = {"index": None, "peak": None}

    def kernel_pid():
        provisioner = getattr(client.km, "provisioner", None) if client.km else None
        return getattr(provisioner, "pid", None)

    def on_cell_start(cell, cell_index):
        current["index"] = cell_index

    def on_cell_complete(cell, cell_index):
        # VmHWM only grows, so the last reading is the notebook's peak; read while the kernel still lives.
        pid = kernel_pid()
        peak = peak_rss_mb(pid) if pid else None
        if peak is not None:
            current["peak"] = peak

    client = NotebookClient(nb, kernel_name=kernel, timeout=timeout, allow_errors=False, record_timing=False,
                            resources={"metadata": {"path": os.path.dirname(os.path.abspath(path))}},
                            on_cell_start=on_cell_start, on_cell_complete=on_cell_complete)
    problems = []
    try:
        client.execute()
    except CellExecutionError as e:
        found = first_error(nb)
        if found:
            index, ename, evalue = found
        else:
            index, ename, evalue = current["index"], e.ename, e.evalue
        problems.append(f"cell {index}: {ename}: {evalue}")
    except CellTimeoutError:
        problems.append(f"cell {current['index']}: timed out after {timeout} s")
    except DeadKernelError as e:
        problems.append(f"cell {current['index']}: the kernel died ({e})")
    peak = current["peak"]
    if peak is None:
        problems.append("the kernel's peak resident memory could not be read (/proc/PID/status VmHWM)")
    elif max_rss_mb and peak > max_rss_mb:
        problems.append(f"the kernel peaked at {peak:.0f} MiB resident, above the limit of {max_rss_mb} MiB")
    if not problems:
        missing = [t for t in expected_types(nb) if t not in shown_types(nb)]
        if missing:
            problems.append("no output of type " + ", ".join(missing)
                            + " (expected: metadata radedit.expect, default " + ", ".join(DEFAULT_EXPECT) + ")")
    return nb, problems, peak


def mib(value):
    return "?" if value is None else f"{value:.0f} MiB"


def shown(path):
    """The path relative to the working directory when it lies below it, else absolute."""
    relative = os.path.relpath(path)
    return path if relative.startswith("..") else relative


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebooks", nargs="+")
    parser.add_argument("--kernel", default="radedit")
    parser.add_argument("--timeout", type=int, default=900, help="seconds per cell (default 900)")
    parser.add_argument("--out", required=True, help="folder for the executed notebooks")
    parser.add_argument("--in-place", action="store_true", help="write notebooks that pass over the originals")
    parser.add_argument("--max-rss-mb", type=int, default=2048,
                        help="fail a notebook whose kernel's peak resident memory exceeds this (MiB; 0: no limit)")
    parser.add_argument("--written", help="append the path of every executed notebook written to this file")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)

    failures, times = [], []
    started = time.monotonic()
    for path in args.notebooks:
        name = shown(path)
        print(f"execute {name} ...", flush=True)
        t0 = time.monotonic()
        nb, problems, peak = execute(path, args.kernel, args.timeout, args.max_rss_mb)
        seconds = time.monotonic() - t0
        times.append((name, seconds, peak, "FAIL" if problems else "ok"))
        # A failed notebook never overwrites the original: it goes to --out for a look.
        target = path if args.in_place and not problems else os.path.join(args.out, os.path.basename(path))
        nbformat.write(nb, target)
        if args.written:
            with open(args.written, "a", encoding="utf-8") as f:
                f.write(target + "\n")
        for problem in problems:
            print(f"  FAIL {name}: {problem}", flush=True)
            failures.append(f"{name}: {problem}")
        print(f"  {'FAIL' if problems else 'ok'} {name} in {seconds:.1f} s, kernel peak {mib(peak)}"
              f" -> {shown(target)}", flush=True)

    total = time.monotonic() - started
    print(f"\nnotebook wall times and kernel peak resident memory (limit {args.max_rss_mb or 'none'} MiB):")
    for name, seconds, peak, verdict in times:
        print(f"  {seconds:8.1f} s  {mib(peak):>9}  {verdict:4}  {name}")
    peaks = [peak for _, _, peak, _ in times if peak is not None]
    print(f"  {total:8.1f} s  {mib(max(peaks) if peaks else None):>9}  total and highest peak"
          f" ({len(times)} notebooks, {len(failures)} problems)")
    if failures:
        print("\nFAILED:\n  " + "\n  ".join(failures), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
