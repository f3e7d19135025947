#!/usr/bin/env bash
# Prints the Debian mirror this machine's apt already uses for bookworm, so debootstrap fetches from the same place
# (the only Debian host such a machine may reach) without a host written into the repository. DEBIAN_MIRROR wins.
set -euo pipefail

if [[ -n "${DEBIAN_MIRROR:-}" ]]; then
  echo "$DEBIAN_MIRROR"
  exit 0
fi

# deb822 files (*.sources): one stanza per blank-line-separated paragraph; take the first URI of a stanza of type
# deb whose Suites include plain "bookworm".
mirror=$(cat /etc/apt/sources.list.d/*.sources 2>/dev/null | awk '
  BEGIN { RS = ""; FS = "\n" }
  {
    uri = ""; suites = ""; types = ""; enabled = "yes"
    for (i = 1; i <= NF; i++) {
      if ($i ~ /^URIs:/)    { split(substr($i, 6), u, " "); uri = u[1] != "" ? u[1] : u[2] }
      if ($i ~ /^Suites:/)  suites = " " substr($i, 8) " "
      if ($i ~ /^Types:/)   types = " " substr($i, 7) " "
      if ($i ~ /^Enabled:/) enabled = substr($i, 9)
    }
    gsub(/[ \t]+/, " ", suites); gsub(/[ \t]+/, " ", types); gsub(/ /, "", enabled)
    if (uri != "" && suites ~ / bookworm / && types ~ / deb / && enabled != "no") { print uri; exit }
  }')

# One-line format (sources.list, *.list): "deb [options] URI SUITE COMPONENTS…".
if [[ -z "$mirror" ]]; then
  mirror=$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null \
    | sed -e 's/#.*//' -e 's/\[[^]]*\]//' \
    | awk '$1 == "deb" && $3 == "bookworm" { print $2; exit }')
fi

if [[ -z "$mirror" ]]; then
  echo "no Debian bookworm mirror found in the apt sources; set DEBIAN_MIRROR" >&2
  exit 1
fi
echo "$mirror"
