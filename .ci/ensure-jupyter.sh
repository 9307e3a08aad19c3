#!/usr/bin/env bash
# Makes sure /usr/bin/python3 can execute and convert notebooks (nbclient, nbformat, nbconvert, jupyter_client):
# installs Debian's Jupyter packages when they are missing and this runs as root with apt-get; otherwise says
# what to install and exits 1. Used by run-notebooks.sh and check-binder.sh.
set -euo pipefail
python=/usr/bin/python3
packages=(jupyter-notebook python3-nbconvert python3-nbclient jupyter-client python3-ipykernel jupyter-nbconvert)
if "$python" -c 'import nbclient, nbformat, nbconvert, jupyter_client' 2>/dev/null; then
  exit 0
fi
if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
  echo "ensure-jupyter: installing Jupyter (Debian packages)..." >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}" >&2
else
  echo "ensure-jupyter: $python lacks nbclient/nbformat/nbconvert/jupyter_client; install (as root):" \
       "apt-get install -y ${packages[*]}" >&2
  exit 1
fi
