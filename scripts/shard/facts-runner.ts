/**
 * A facts process that writes several shards' facts in turn (issue 12; scripts/shard/facts-queue.ts
 * feeds it): each shard named on its stdin as `npm run build -- --shard k/N --facts` writes it
 * (scripts/shard/facts.ts), in one process, so the modules, the names' word lists and V8's
 * compiled name finder serve every shard. What it reads and writes:
 * scripts/shard/runner-protocol.ts. It ends when its stdin does, or after a shard that failed.
 */
import { runShardFacts } from './facts.ts';
import { serveShards } from './runner-protocol.ts';

process.exitCode = await serveShards('facts', async (shard) => {
  await runShardFacts(process.cwd(), shard);
  return 0;
});
