#!/usr/bin/env bash
# Jupyter-level tests of the RadEdit kernel: its protocol tests, the Jupyter project's conformance suite
# (jupyter_kernel_test) and, when RADEDIT_STOCK_JJAVA_JAR is set, the display hooks in a stock JJava kernel.
# The built kernel is installed into a temporary JUPYTER_PATH. Installs Debian's Jupyter packages when
# they are missing and this runs as root. Prints the figures (start to first result, 16-image grid) last.
#   kernel-ext/src/test/run-kernel-tests.sh                      # everything
#   kernel-ext/src/test/run-kernel-tests.sh test_protocol.ProtocolTest.test_clear_output   # some tests
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
python=/usr/bin/python3
packages=(jupyter-notebook python3-nbconvert python3-nbclient jupyter-client python3-ipykernel jupyter-nbconvert
          python3-jupyter-kernel-test)
if ! "$python" -c 'import jupyter_client, jupyter_kernel_test' 2>/dev/null; then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    echo "run-kernel-tests: installing Jupyter (Debian packages)..." >&2
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}" >&2
  else
    echo "run-kernel-tests: $python lacks jupyter_client/jupyter_kernel_test; install: apt-get install -y ${packages[*]}" >&2
    exit 1
  fi
fi
jupyter_dir="$(mktemp -d)"
trap 'rm -rf "$jupyter_dir"' EXIT
# The launcher builds the project first when sources changed, then checks the jar and writes absolute paths.
"$root/radedit" kernel install --prefix "$jupyter_dir" --name radedit
export JUPYTER_PATH="$jupyter_dir/share/jupyter"
export JUPYTER_DATA_DIR="$jupyter_dir/data" JUPYTER_RUNTIME_DIR="$jupyter_dir/runtime"
export RADEDIT_KERNEL_NAME=radedit
export RADEDIT_KERNEL_JAR_DIR="$root/kernel-ext/target"
export RADEDIT_JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
cd "$root/kernel-ext/src/test/python"
if [[ $# -gt 0 ]]; then
  exec "$python" run_tests.py "$@"
fi
"$python" run_tests.py
"$python" figures.py
