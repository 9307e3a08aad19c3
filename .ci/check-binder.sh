#!/usr/bin/env bash
# Checks Binder's build steps as far as CI can without Docker: runs binder/postBuild with a fresh temporary
# HOME (so the kernel lands in that HOME's ~/.local/share/jupyter/kernels, as on mybinder.org), checks that
# kernelspec's absolute paths, then executes one notebook with that installed kernel (.ci/execute_notebooks.py).
#   .ci/check-binder.sh [NOTEBOOK]        # default notebooks/01-quick-start.ipynb
# postBuild rebuilds this checkout in place (mvn package, tests skipped). Maven uses RADEDIT_MAVEN_REPO, by
# default the real ~/.m2/repository, so nothing is downloaded again. Per-cell timeout: RADEDIT_CELL_TIMEOUT.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
python=/usr/bin/python3
notebook="$(readlink -f "${1:-$root/notebooks/01-quick-start.ipynb}")"
if [[ ! -f "$notebook" ]]; then
  echo "check-binder: no notebook $notebook" >&2
  exit 1
fi
"$root/binder/badge.sh" --check   # the README's badge is what binder/repository says
"$root/.ci/ensure-jupyter.sh"

home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
maven_repo="${RADEDIT_MAVEN_REPO:-$HOME/.m2/repository}"
# Binder's environment: a HOME of its own, no Jupyter variables. XDG_DATA_HOME is set too because Java 17
# takes user.home from the password file, not $HOME (on Binder both are the notebook user's home).
binder_env=(env -u JUPYTER_DATA_DIR -u JUPYTER_PATH -u JUPYTER_CONFIG_DIR HOME="$home" XDG_DATA_HOME="$home/.local/share")

echo "check-binder: binder/postBuild (HOME=$home, Maven repository $maven_repo)"
start=$SECONDS
(cd "$root" && "${binder_env[@]}" RADEDIT_MAVEN_REPO="$maven_repo" ./binder/postBuild)
echo "check-binder: postBuild took $((SECONDS - start)) s"

data="$home/.local/share/jupyter"
spec="$data/kernels/radedit/kernel.json"
"$python" - "$spec" <<'PY'
import json, os, sys
path = sys.argv[1]
if not os.path.isfile(path):
    sys.exit(f"check-binder: postBuild left no kernelspec at {path}")
argv = json.load(open(path))["argv"]
paths = [argv[0]]
for before, arg in zip([""] + argv, argv):
    if before in ("-cp", "-classpath", "--class-path"):
        paths += arg.split(os.pathsep)
    elif arg.startswith("-XX:SharedArchiveFile="):
        paths.append(arg.split("=", 1)[1])
bad = [p for p in paths if not os.path.isabs(p) or not os.path.exists(p[:-2] if p.endswith("/*") else p)]
if bad or "{connection_file}" not in argv:
    sys.exit(f"check-binder: kernelspec {path} has paths that are not absolute or do not exist: {bad} (argv {argv})")
print(f"check-binder: kernelspec ok ({path}; {len(paths)} absolute paths exist)")
PY

echo "check-binder: executing $notebook with the installed kernel"
"${binder_env[@]}" JUPYTER_PATH="$data" JUPYTER_DATA_DIR="$data" JUPYTER_RUNTIME_DIR="$home/runtime" \
  "$python" "$root/.ci/execute_notebooks.py" --kernel radedit --timeout "${RADEDIT_CELL_TIMEOUT:-900}" \
  --out "$home/executed" "$notebook"
