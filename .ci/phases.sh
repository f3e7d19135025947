# Timed CI phases (sourced by .ci/run): each phase prints its start, its duration and exit code, and the summary
# table at the end shows where the time went.

phase_names=()
phase_times=()
phase_codes=()
ci_started_at=$(date +%s.%N)

elapsed_since() {
  awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }'
}

# phase "<name>" command args…: runs the command, records how long it took, returns its exit code.
phase() {
  local name=$1
  shift
  local started code=0
  started=$(date +%s.%N)
  echo "[ci] ── $name"
  "$@" || code=$?
  local took
  took=$(elapsed_since "$started")
  phase_names+=("$name")
  phase_times+=("$took")
  phase_codes+=("$code")
  echo "[ci] ── $name: ${took} s (exit $code)"
  return "$code"
}

phase_summary() {
  local i
  echo "[ci] phase timings:"
  for i in "${!phase_names[@]}"; do
    printf '[ci]   %-24s %7s s   exit %s\n' "${phase_names[$i]}" "${phase_times[$i]}" "${phase_codes[$i]}"
  done
  printf '[ci]   %-24s %7s s\n' "total" "$(elapsed_since "$ci_started_at")"
}
