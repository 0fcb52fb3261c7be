#!/usr/bin/env bash
# Measures `tally check DIR` on generated corpora in all eight languages:
# wall time, CPU time (user+sys), throughput (MB of input per wall second
# and per CPU second) and peak memory (max RSS). Three corpora per size:
#   named  every set named by convention (x.de.txt ...), --group name
#   mixed  every other set named, the rest grouped by content, --group auto
#   anon   no language or set in any name, --group content
# Figures go in docs/PERFORMANCE.md. STYLE lists the gencorpus -style of
# the corpora (default both): article files of 4-8 KB with prose between
# the figures, like the seed press releases, and dense files of ~1 KB of
# figure paragraphs alone, a stress test of the cost per file and per fact.
#
#   [STYLE=article|dense] scripts/batch-perf.sh [SETS...]   (default: 1000 10000)
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -o "$work/tally" .
go build -o "$work/gencorpus" ./internal/gencorpus
printf '%-7s %-7s %-6s %-8s %7s %7s %7s %7s %9s %9s %8s %8s\n' \
	sets style naming group files MB wall_s cpu_s MB/s_wall MB/s_cpu sets/s peak_MB
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
for style in ${STYLE:-article dense}; do
	for sets in "${sizes[@]}"; do
		for run in "all name named" "mixed auto mixed" "none content anon"; do
			read -r naming group label <<<"$run"
			dir="$work/c$sets-$label"
			"$work/gencorpus" -sets "$sets" -seed 3 -naming "$naming" -style "$style" "$dir" >/dev/null
			bytes=$(find "$dir" -type f ! -name '.*' -printf '%s\n' | awk '{s+=$1} END {print s}')
			files=$(find "$dir" -type f ! -name '.*' | wc -l)
			/usr/bin/time -f '%e %U %S %M' -o "$work/time" \
				"$work/tally" check -q --format json --group "$group" "$dir" >/dev/null || true
			read -r wall user sys rss < <(tail -n 1 "$work/time")
			awk -v s="$sets" -v st="$style" -v l="$label" -v g="$group" -v f="$files" -v b="$bytes" \
				-v w="$wall" -v u="$user" -v y="$sys" -v r="$rss" 'BEGIN {
				mb = b / 1e6; cpu = u + y
				printf "%-7d %-7s %-6s %-8s %7d %7.1f %7.2f %7.2f %9.1f %9.1f %8.0f %8.0f\n",
					s, st, l, g, f, mb, w, cpu, mb / w, mb / cpu, s / w, r / 1024 }'
			rm -rf "$dir"
		done
	done
done
