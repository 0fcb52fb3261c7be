#!/usr/bin/env bash
# Measures `tally check DIR` on generated corpora: wall time, CPU time,
# throughput (MB/s of input, per wall second and per CPU second) and peak
# memory (max RSS), for each grouping mode. Figures go in docs/PERFORMANCE.md.
#
#   scripts/batch-perf.sh [SETS...]      (default: 1000 10000)
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -o "$work/tally" .
go build -o "$work/gencorpus" ./internal/gencorpus
printf '%-7s %-8s %8s %8s %8s %10s %10s %9s %9s\n' sets group files MB wall_s cpu_s MB/s_wall MB/s_cpu peak_MB
for n in "${@:-1000 10000}"; do
	for sets in $n; do
		dir="$work/c$sets"
		"$work/gencorpus" -sets "$sets" -seed 3 "$dir" >/dev/null
		bytes=$(find "$dir" -type f ! -name '.*' -printf '%s\n' | awk '{s+=$1} END {print s}')
		files=$(find "$dir" -type f ! -name '.*' | wc -l)
		for group in auto name content; do
			/usr/bin/time -f '%e %U %S %M' -o "$work/time" "$work/tally" check -q --format json --group "$group" "$dir" >/dev/null || true
			read -r wall user sys rss < <(tail -n 1 "$work/time")
			awk -v s="$sets" -v g="$group" -v f="$files" -v b="$bytes" -v w="$wall" -v u="$user" -v y="$sys" -v r="$rss" 'BEGIN {
				mb = b / 1e6; cpu = u + y
				printf "%-7d %-8s %8d %8.1f %8.2f %10.2f %10.1f %9.1f %9.0f\n", s, g, f, mb, w, cpu, mb / w, mb / cpu, r / 1024 }'
		done
		rm -rf "$dir"
	done
done
