#!/usr/bin/env bash
# Builds localhost/newsgraph-neo4j:<version> with Podman for machines that cannot pull the official image, unless an
# image built from the same inputs is already there. Two layers of reuse:
#   1. the base (Debian bookworm minbase + openjdk-17-jre-headless, made with debootstrap, ~1.5 min) is built once;
#   2. the Neo4j image is rebuilt only when its inputs change (Containerfile, launcher, jar list): their hash is
#      stored as a label, so editing the launcher can never leave a stale image in use.
# Needs root, podman, debootstrap, a JDK (javac) and Maven.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

"$NEO4J_IMAGE_DIR/resolve-jars.sh"

launcher="$NEWSGRAPH_ROOT/neo4j/launcher/Launcher.java"
inputs_hash=$( { cat "$NEO4J_IMAGE_DIR/Containerfile" "$launcher"; ls "$NEO4J_JARS_DIR"; } | sha256sum | cut -c1-16)
label="dev.newsgraph.inputs"

if podman image exists "$NEO4J_LOCAL_IMAGE"; then
  existing=$(podman image inspect --format "{{index .Labels \"$label\"}}" "$NEO4J_LOCAL_IMAGE")
  if [[ "$existing" == "$inputs_hash" ]]; then
    echo "reusing $NEO4J_LOCAL_IMAGE (inputs $inputs_hash)"
    exit 0
  fi
  echo "$NEO4J_LOCAL_IMAGE was built from other inputs ($existing); rebuilding"
fi

if podman image exists "$NEO4J_BASE_IMAGE"; then
  echo "reusing base image $NEO4J_BASE_IMAGE"
else
  mirror=$("$NEO4J_IMAGE_DIR/debian-mirror.sh")
  rootfs=$(mktemp -d -t newsgraph-rootfs.XXXXXX)
  trap 'rm -rf "$rootfs"' EXIT
  echo "debootstrap bookworm from $mirror (takes a minute or two)"
  debootstrap --variant=minbase --include=openjdk-17-jre-headless bookworm "$rootfs" "$mirror" >"$rootfs.log" 2>&1 \
    || { tail -n 30 "$rootfs.log" >&2; rm -f "$rootfs.log"; exit 1; }
  rm -f "$rootfs.log"
  # Package lists, caches and docs are dead weight in an image that never runs apt.
  rm -rf "$rootfs"/var/lib/apt/lists/* "$rootfs"/var/cache/apt/* "$rootfs"/usr/share/doc/* "$rootfs"/usr/share/man/*
  tar -C "$rootfs" -c . | podman import --quiet \
    --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    --change 'ENV LANG=C.UTF-8' \
    - "$NEO4J_BASE_IMAGE" >/dev/null
  rm -rf "$rootfs"
  echo "built base image $NEO4J_BASE_IMAGE"
fi

# Build context: the jars (hard links where the file system allows, a copy otherwise) and the compiled launcher.
# Compiled here with the host's JDK because the image carries only a JRE.
rm -rf "$NEO4J_IMAGE_CONTEXT"
mkdir -p "$NEO4J_IMAGE_CONTEXT/classes"
cp -al "$NEO4J_JARS_DIR" "$NEO4J_IMAGE_CONTEXT/lib" 2>/dev/null || cp -a "$NEO4J_JARS_DIR" "$NEO4J_IMAGE_CONTEXT/lib"
javac --release 17 -cp "$NEO4J_JARS_DIR/*" -d "$NEO4J_IMAGE_CONTEXT/classes" "$launcher"

podman build --quiet \
  --file "$NEO4J_IMAGE_DIR/Containerfile" \
  --build-arg BASE_IMAGE="$NEO4J_BASE_IMAGE" \
  --label "$label=$inputs_hash" \
  --tag "$NEO4J_LOCAL_IMAGE" \
  "$NEO4J_IMAGE_CONTEXT" >/dev/null
rm -rf "$NEO4J_IMAGE_CONTEXT"
# The image this one replaced is now untagged: drop it, so a long-lived CI machine does not fill up.
podman image prune --force --filter "label=$label" >/dev/null
echo "built $NEO4J_LOCAL_IMAGE (inputs $inputs_hash)"
