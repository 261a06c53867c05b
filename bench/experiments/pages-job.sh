#!/bin/bash
# One cold pages job of a sharded build (issue 12), as scripts/build.ts starts it, under
# bench/experiments/thread-cpu.ts: shard k of COUNT of CABLES_DIR, in a project copy whose facts
# and links are already in WORK_PREFIX<label> (`node scripts/build.ts --shard k/N --facts` for its
# shard, `--link N` once, with SHARD_WORK set to it). Each run empties the shard's Astro cache
# (keeping the link to the annotations) and the copy's .astro; prints the load and the tree's
# CPU by thread (the first THREADS lines); astro's output goes to /tmp/<label>-pages-log.txt.
# EXTRA_NODE_OPTIONS adds to NODE_OPTIONS; NODE_FLAGS runs astro as `node NODE_FLAGS astro.mjs`
# (for V8 flags NODE_OPTIONS refuses).
#   CABLES_DIR=/tmp/pagescpu-10k WORK_PREFIX=/tmp/pagescpu-work- bench/experiments/pages-job.sh /tmp/pagescpu-base base 1
root=$(cd "$(dirname "$0")/../.." && pwd)
dir=$1; label=$2; k=${3:-1}; count=${COUNT:-10}
cd "$dir" || exit 1
export PATH=$dir/node_modules/.bin:$PATH SHARD_WORK=${WORK_PREFIX:?}$label ASTRO_TELEMETRY_DISABLED=1 NO_COLOR=1
rm -rf "$SHARD_WORK/cache" "$dir/.astro"
cache=$(node --input-type=module -e "import {shardAstroCache} from './scripts/shard/cache.ts'; console.log(shardAstroCache(process.cwd(), process.env.SHARD_WORK, process.env.CABLES_DIR, $k))" 2>/dev/null)
runner=node_modules/.bin/astro; [ -n "$NODE_FLAGS" ] && runner="node_modules/.bin/node $NODE_FLAGS node_modules/astro/bin/astro.mjs"
out=$dir/.astro/shard-dist/$k
load=$(cut -d' ' -f1 /proc/loadavg)
start=$(date -u +%T)
# The heap limit scripts/build.ts gives a 1,000-cable shard of 10k (1,024 MB + 5 per MB of links).
res=$(CABLE_SHARD=$k/$count CABLE_ASTRO_CACHE=$cache NODE_OPTIONS="${EXTRA_NODE_OPTIONS:-} --max-old-space-size=${HEAP_MB:-1026}" \
  "$root/node_modules/.bin/tsx" "$root/bench/experiments/thread-cpu.ts" $runner build --outDir "$out" 2>&1 >"/tmp/$label-pages-log.txt" | head -"${THREADS:-6}" | tr '\n' ' ')
echo "$label $start (load $load): $res"
