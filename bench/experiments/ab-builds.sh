#!/bin/bash
# Interleaved cold builds of project copies (issue 7): each argument is a folder holding a copy of
# a tree and an astro.bench.config.mjs, as the bench's runBuild leaves them (<BENCH_TMP>/project-251);
# the wrapper config names its outDir and cacheDir, which are removed before each build. Prints,
# per round and copy, the load and the tree's CPU by thread (bench/experiments/thread-cpu.ts):
# the first THREADS lines (default 4). ASTRO_COMMAND=sync runs `astro sync` (the content layer
# alone: annotate, link, render, store) instead of `astro build`.
#   ROUNDS=3 bench/experiments/ab-builds.sh /tmp/a/project-251 /tmp/b/project-251
#   CABLES_DIR=/tmp/corpus ASTRO_COMMAND=sync THREADS=8 bench/experiments/ab-builds.sh /tmp/a/p /tmp/b/p
root=$(cd "$(dirname "$0")/../.." && pwd)
for round in $(seq 1 "${ROUNDS:-2}"); do
  for project in "$@"; do
    cd "$project" || exit 1
    for dir in $(grep -oE "(outDir|cacheDir): ['\"][^'\"]+" astro.bench.config.mjs | sed -E "s/.*['\"]//"); do rm -rf "$dir"; done
    rm -rf .astro
    load=$(cut -d' ' -f1 /proc/loadavg)
    result=$(PATH="$root/node_modules/.bin:$PATH" ASTRO_TELEMETRY_DISABLED=1 NO_COLOR=1 \
      "$root/node_modules/.bin/tsx" "$root/bench/experiments/thread-cpu.ts" node_modules/.bin/astro "${ASTRO_COMMAND:-build}" --config astro.bench.config.mjs 2>&1 >/dev/null | head -"${THREADS:-4}" | tr '\n' ' ')
    echo "round $round $project (load $load): $result"
  done
done
