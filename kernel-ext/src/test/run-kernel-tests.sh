#!/usr/bin/env bash
# Jupyter-level tests of the RadEdit kernel: its protocol tests and the Jupyter project's conformance
# suite (jupyter_kernel_test), against the built kernel installed into a temporary JUPYTER_PATH.
# Needs Debian's Jupyter packages (see kernel-ext/README.md); the JUnit suite does not.
#   kernel-ext/src/test/run-kernel-tests.sh [unittest args, e.g. test_protocol.ProtocolTest.test_execute_shows_the_last_expression]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
python=/usr/bin/python3
if ! "$python" -c 'import jupyter_client, jupyter_kernel_test' 2>/dev/null; then
  echo "run-kernel-tests: $python lacks jupyter_client/jupyter_kernel_test. On Debian:" >&2
  echo "  apt-get install -y jupyter-client python3-ipykernel python3-jupyter-kernel-test" >&2
  exit 1
fi
jupyter_dir="$(mktemp -d)"
trap 'rm -rf "$jupyter_dir"' EXIT
# The launcher builds the project first when sources changed, then checks and writes absolute paths.
"$root/radedit" kernel install --prefix "$jupyter_dir" --name radedit
export JUPYTER_PATH="$jupyter_dir/share/jupyter"
export JUPYTER_DATA_DIR="$jupyter_dir/data" JUPYTER_RUNTIME_DIR="$jupyter_dir/runtime"
export RADEDIT_KERNEL_NAME=radedit
export RADEDIT_KERNEL_JAR_DIR="$root/kernel-ext/target"
export RADEDIT_JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
cd "$root/kernel-ext/src/test/python"
if [[ $# -gt 0 ]]; then
  exec "$python" -m unittest -v "$@"
fi
"$python" -m unittest -v test_protocol test_conformance test_stock_jjava
"$python" figures.py
