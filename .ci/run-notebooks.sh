#!/usr/bin/env bash
# Executes the notebooks headless with the project's RadEdit kernel and checks them: fails on any cell error
# (naming notebook, cell index, ename and evalue) and when one of its expected MIME types is in no output
# (metadata "radedit": {"expect": [...]}, default image/png and text/html). Prints each notebook's wall time.
# The kernel is installed into a temporary JUPYTER_PATH; the user's Jupyter folders are never touched.
#   .ci/run-notebooks.sh                         # every notebooks/*.ipynb, executed copies in a temp dir
#   .ci/run-notebooks.sh --in-place              # write the outputs back into notebooks/ (to commit them)
#   .ci/run-notebooks.sh --out DIR --html DIR notebooks/01-*.ipynb   # some notebooks; also HTML pages
# Per-cell timeout: RADEDIT_CELL_TIMEOUT seconds (default 900). A notebook whose kernel peaks above
# RADEDIT_NOTEBOOK_MAX_RSS_MB MiB resident (default 2048, the workshop/Binder machine; 0: no limit) fails.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
python=/usr/bin/python3
usage() { sed -n '2,10p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }

in_place=() out="" html="" selected=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --in-place) in_place=(--in-place); shift ;;
    --out) out="${2:?--out needs a folder}"; shift 2 ;;
    --html) html="${2:?--html needs a folder}"; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    -*) echo "run-notebooks: unknown option $1" >&2; usage >&2; exit 2 ;;
    *) selected+=("$1"); shift ;;
  esac
done

# Notebooks: the arguments (paths or globs, relative to where this was called), else notebooks/*.ipynb.
notebooks=()
for pattern in "${selected[@]:-$root/notebooks/*.ipynb}"; do
  matched=0
  while IFS= read -r path; do
    [[ -f "$path" ]] || continue
    notebooks+=("$(readlink -f "$path")"); matched=1
  done < <(compgen -G "$pattern" | LC_ALL=C sort || true)
  if [[ $matched -eq 0 ]]; then
    echo "run-notebooks: no notebook matches $pattern" >&2
    exit 1
  fi
done
[[ -n "$out" ]] && out="$(mkdir -p "$out" && cd "$out" && pwd)"
[[ -n "$html" ]] && html="$(mkdir -p "$html" && cd "$html" && pwd)"
[[ -n "$out" ]] || out="$(mktemp -d -t radedit-notebooks.XXXXXX)"   # kept: the executed notebooks

"$root/.ci/ensure-jupyter.sh"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
# The launcher builds the project first when sources changed, then checks the jar and writes absolute paths.
"$root/radedit" kernel install --prefix "$tmp/prefix" --name radedit
export JUPYTER_PATH="$tmp/prefix/share/jupyter"
export JUPYTER_DATA_DIR="$tmp/data" JUPYTER_RUNTIME_DIR="$tmp/runtime" JUPYTER_CONFIG_DIR="$tmp/config"

status=0
"$python" "$root/.ci/execute_notebooks.py" --kernel radedit --timeout "${RADEDIT_CELL_TIMEOUT:-900}" \
  --max-rss-mb "${RADEDIT_NOTEBOOK_MAX_RSS_MB:-2048}" --out "$out" "${in_place[@]}" --written "$tmp/written" "${notebooks[@]}" || status=$?
if [[ ${#in_place[@]} -gt 0 ]]; then
  echo "executed notebooks: those that passed written back in place; any failed ones in $out"
else
  echo "executed notebooks in $out"
fi
if [[ -n "$html" && -s "$tmp/written" ]]; then
  mapfile -t written < "$tmp/written"
  # the same program as `jupyter nbconvert`, on the interpreter that has it
  "$python" -m nbconvert --log-level WARN --to html --output-dir "$html" "${written[@]}" || status=1
  echo "HTML pages in $html"
fi
exit $status
