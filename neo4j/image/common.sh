# Shared by the image scripts and .ci/run (sourced, not run): where things are and which Neo4j version they serve.
# NEO4J_VERSION is read from server/neo4j-runtime/version.ts so the image can never drift from the code's pin.

NEWSGRAPH_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
NEO4J_IMAGE_DIR="$NEWSGRAPH_ROOT/neo4j/image"
NEO4J_VERSION=$(sed -n "s/^export const NEO4J_VERSION = '\([0-9][0-9.]*\)';.*/\1/p" \
  "$NEWSGRAPH_ROOT/server/neo4j-runtime/version.ts")
if [[ -z "$NEO4J_VERSION" ]]; then
  echo "cannot read NEO4J_VERSION from server/neo4j-runtime/version.ts" >&2
  exit 1
fi
NEO4J_LOCAL_IMAGE="localhost/newsgraph-neo4j:$NEO4J_VERSION"
# The Debian + Java 17 base changes only when Debian does: built once per machine and reused.
NEO4J_BASE_IMAGE="localhost/newsgraph-debian-jre17:bookworm"

# The same cache folder the embedded runtime uses (server/neo4j-runtime/runtime-paths.ts), so the jars are
# downloaded once for both. NEWSGRAPH_HOME may be relative to the repository, as in server/config.ts.
newsgraph_home="${NEWSGRAPH_HOME:-.newsgraph}"
[[ "$newsgraph_home" == /* ]] || newsgraph_home="$NEWSGRAPH_ROOT/$newsgraph_home"
NEO4J_JARS_DIR="$newsgraph_home/neo4j/$NEO4J_VERSION/lib"
NEO4J_IMAGE_CONTEXT="$newsgraph_home/image-context"

# Every podman process must see this file: runc instead of crun, ulimits the kernel accepts.
export CONTAINERS_CONF="${CONTAINERS_CONF:-$NEO4J_IMAGE_DIR/containers.conf}"
