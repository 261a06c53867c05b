/**
 * V8 flags of a facts job (scripts/build.ts runs each job's process with them; bench/names/first-pass.ts
 * `--facts` measures the names pass with them). A job reads its shard once, so what V8 spends
 * before its code pays matters (issue 7, docs/benchmarks.md):
 * - `--max-opt=2`: the optimising tier stops at Maglev (no Turbofan): Turbofan's compiles of the
 *   parser and the annotators (the name finder's most) cost more than their faster code gives back
 *   over ≤ 2,500 cables (branch nspeed4, alternated: a 1,000-cable shard's job less in 10 pairs of
 *   11, by 0.29 CPU s at the median of the differences (≈ 5 %); a 2,500 one less in 5 of 6, by 0.87 s).
 * - `--no-regexp-tier-up`: a regular expression is compiled to machine code when first run, not
 *   first compiled to bytecode and interpreted, then compiled again: the name finder runs about 250
 *   expressions and builds a few more for each cable (branch nspeed6, alternated: a 1,000-cable
 *   shard's job less in 5 pairs of 5, by 0.17 CPU s at the median of the differences (≈ 3 %)).
 */
export const FACTS_NODE_FLAGS: readonly string[] = ['--max-opt=2', '--no-regexp-tier-up'];
