#!/usr/bin/env bash
# The README's Binder badge, made from the one setting in binder/repository (a repo2docker spec such as
# gh/OWNER/NAME/REF; empty while the project has no public home).
#   binder/badge.sh            # print the badge's Markdown (nothing when the setting is empty)
#   binder/badge.sh --write    # put it between the binder-badge markers in README.md
#   binder/badge.sh --check    # fail when README.md does not show what the setting says (CI)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mapfile -t settings < <(grep -v -e '^[[:space:]]*#' -e '^[[:space:]]*$' "$root/binder/repository" | tr -d '[:blank:]' || true)
if [[ ${#settings[@]} -gt 1 ]]; then
  echo "binder/badge.sh: binder/repository holds ${#settings[@]} settings (${settings[*]}); it takes one line" >&2
  exit 1
fi
spec="${settings[0]:-}"
if [[ -n "$spec" && ! "$spec" =~ ^(gh|gl|git|zenodo|figshare|hydroshare|dataverse)/[A-Za-z0-9._/%:-]+$ ]]; then
  echo "binder/badge.sh: binder/repository holds '$spec', not a repo2docker spec like gh/OWNER/NAME/REF" >&2
  exit 1
fi
if [[ -n "$spec" ]]; then
  badge="[![Binder](https://mybinder.org/badge_logo.svg)](https://mybinder.org/v2/$spec?urlpath=tree/notebooks)"
else
  badge="No Binder badge yet: this copy has no public home. Put its repo2docker spec (\`gh/OWNER/NAME/REF\`) in \`binder/repository\` and run \`binder/badge.sh --write\`."
fi
readme="$root/README.md"
start='<!-- binder-badge: written by binder/badge.sh from binder/repository -->'
end='<!-- /binder-badge -->'
current="$(sed -n "\|^$start\$|,\|^$end\$|p" "$readme" | sed '1d;$d')"
case "${1:-}" in
  "") [[ -n "$spec" ]] && echo "$badge" ;;
  --write)
    grep -qxF "$start" "$readme" || { echo "binder/badge.sh: no '$start' line in README.md" >&2; exit 1; }
    tmp="$(mktemp "$root/.README.md.XXXXXX")"
    awk -v start="$start" -v end="$end" -v badge="$badge" '
      $0 == start { print; print badge; skip = 1; next }
      $0 == end { skip = 0 }
      !skip { print }' "$readme" > "$tmp"
    chmod --reference="$readme" "$tmp" && mv "$tmp" "$readme"
    echo "README.md: $badge" ;;
  --check)
    if [[ "$current" != "$badge" ]]; then
      echo "binder/badge.sh: README.md's Binder badge does not match binder/repository ('${spec:-empty}');" \
           "run binder/badge.sh --write" >&2
      exit 1
    fi
    echo "binder badge ok (${spec:-no public home set})" ;;
  *) sed -n '2,6p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
esac
