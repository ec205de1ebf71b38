#!/usr/bin/env bash
# Samples total RSS (MiB) of the given process groups and of all chromium processes every 0.5 s until killed.
# Usage: memsample.sh OUTFILE PGID...   Lines: "epoch_ms total_MiB groups_MiB chromium_MiB"
command -v ps >/dev/null || exit 0
out="$1"; shift
while :; do
  cs=0; for g in "$@"; do cs=$((cs + $(ps -o rss= -g "$g" 2>/dev/null | awk '{s+=$1} END {print s+0}'))); done
  ch=$(ps -eo rss=,comm= | awk '$2 ~ /chrom/ {s+=$1} END {print s+0}')
  echo "$(date +%s%3N) $(( (cs+ch)/1024 )) $((cs/1024)) $((ch/1024))" >> "$out"
  sleep 0.5
done
