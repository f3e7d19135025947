#!/usr/bin/env bash
# Resolves the Neo4j Community jars of neo4j/pom.xml from Maven Central into the shared cache folder, unless they are
# already there. Maven Central sometimes answers 429 to bursts, so a failed attempt is retried after a pause.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

if compgen -G "$NEO4J_JARS_DIR/neo4j-kernel-$NEO4J_VERSION.jar" >/dev/null; then
  echo "Neo4j $NEO4J_VERSION jars already resolved ($(ls "$NEO4J_JARS_DIR" | wc -l) files)"
  exit 0
fi

for attempt in 1 2 3 4 5; do
  if mvn -q -B -f "$NEWSGRAPH_ROOT/neo4j/pom.xml" dependency:copy-dependencies -DoutputDirectory="$NEO4J_JARS_DIR" \
    && compgen -G "$NEO4J_JARS_DIR/neo4j-kernel-$NEO4J_VERSION.jar" >/dev/null; then
    echo "Neo4j $NEO4J_VERSION jars resolved ($(ls "$NEO4J_JARS_DIR" | wc -l) files)"
    exit 0
  fi
  # A half-filled folder would pass for a complete one next time.
  rm -rf "$NEO4J_JARS_DIR"
  echo "Maven attempt $attempt failed; retrying in $((attempt * 5)) s" >&2
  sleep $((attempt * 5))
done
echo "Maven could not resolve the Neo4j $NEO4J_VERSION jars" >&2
exit 1
