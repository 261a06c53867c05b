/**
 * The engine worker's search queue (src/client/search/search-queue.ts): one search at a time,
 * guesses of the words typed so far dropped when overtaken, a search asked again shared.
 */
import { describe, expect, test } from 'vitest';
import { SearchQueue, Superseded } from '../../src/client/search/search-queue.ts';

/** A search's work the test finishes by hand; `started` lists the keys whose work began. */
function works() {
  const started: string[] = [];
  const finish = new Map<string, (value: string) => void>();
  const fail = new Map<string, (error: Error) => void>();
  const wanted = new Map<string, () => boolean>();
  const work = (key: string) => (stillWanted: () => boolean) => {
    started.push(key);
    wanted.set(key, stillWanted);
    return new Promise<string>((resolve, reject) => {
      finish.set(key, resolve);
      fail.set(key, reject);
    });
  };
  return { started, finish, fail, wanted, work };
}

/**
 * Lets the queue's pause (a `setTimeout(0)`) and the promise callbacks after it run. Timers of
 * one duration fire in the order they were set, so three chained ones run after any pause the
 * queue set meanwhile, however loaded the machine (a 5 ms timer could fire first under load).
 */
async function settle(): Promise<void> {
  for (let round = 0; round < 3; round += 1) await new Promise((resume) => setTimeout(resume, 0));
}

/** How a promise ended, without an unhandled rejection. */
function outcome<T>(promise: Promise<T>): { value?: T; error?: unknown } {
  const seen: { value?: T; error?: unknown } = {};
  promise.then(
    (value) => (seen.value = value),
    (error: unknown) => (seen.error = error),
  );
  return seen;
}

describe('SearchQueue', () => {
  test('runs one search at a time, in the order asked; searches that are not guesses are never dropped', async () => {
    const queue = new SearchQueue<string>();
    const { started, finish, work } = works();
    const a = outcome(queue.submit('a', false, work('a')));
    const b = outcome(queue.submit('b', false, work('b')));
    await settle();
    expect(started).toEqual(['a']);
    finish.get('a')?.('A');
    await settle();
    expect(started).toEqual(['a', 'b']);
    finish.get('b')?.('B');
    await settle();
    expect([a.value, b.value]).toEqual(['A', 'B']);
  });

  test('guesses asked while a search runs: only the newest runs next, the others reject as Superseded', async () => {
    const queue = new SearchQueue<string>();
    const { started, finish, work } = works();
    const running = outcome(queue.submit('gov', true, work('gov')));
    await settle();
    const gove = outcome(queue.submit('gove', true, work('gove')));
    const gover = outcome(queue.submit('gover', true, work('gover')));
    const govern = outcome(queue.submit('govern', true, work('govern')));
    await settle();
    expect(gove.error).toBeInstanceOf(Superseded);
    expect(gover.error).toBeInstanceOf(Superseded);
    expect(queue.waiting).toBe(1);
    finish.get('gov')?.('GOV');
    await settle();
    expect(running.value).toBe('GOV');
    expect(started).toEqual(['gov', 'govern']);
    finish.get('govern')?.('GOVERN');
    await settle();
    expect(govern.value).toBe('GOVERN');
  });

  test('a guess overtaken by a message already waiting (a later macrotask) never starts', async () => {
    const queue = new SearchQueue<string>();
    const { started, work } = works();
    // Two messages in the worker's task queue, as when the reader typed while a search ran.
    let first: { error?: unknown } = {};
    setTimeout(() => (first = outcome(queue.submit('bor', true, work('bor')))), 0);
    setTimeout(() => void queue.submit('bord', true, work('bord')).catch(() => undefined), 0);
    await settle();
    expect(first.error).toBeInstanceOf(Superseded);
    expect(started).toEqual(['bord']);
  });

  test('a running guess is told it is no longer wanted once a newer search waits; a search that is not a guess always is', async () => {
    const queue = new SearchQueue<string>();
    const { wanted, work } = works();
    void queue.submit('gover', true, work('gover'));
    await settle();
    expect(wanted.get('gover')?.()).toBe(true);
    void queue.submit('govern', true, work('govern')).catch(() => undefined);
    expect(wanted.get('gover')?.()).toBe(false);

    const other = new SearchQueue<string>();
    const second = works();
    void other.submit('border', false, second.work('border'));
    await settle();
    void other.submit('borders', true, second.work('borders'));
    expect(second.wanted.get('border')?.()).toBe(true);
  });

  test('the same key asked again shares the search; the page’s search taking over a guess keeps it from being dropped', async () => {
    const queue = new SearchQueue<string>();
    const { started, finish, work } = works();
    void queue.submit('busy', false, work('busy'));
    await settle();
    const guess = queue.submit('government', true, work('government'));
    const page = queue.submit('government', false, work('government-again'));
    expect(page).toBe(guess);
    // A newer guess would drop a waiting guess, but this one is the page's search now.
    void queue.submit('governments', true, work('governments')).catch(() => undefined);
    finish.get('busy')?.('BUSY');
    await settle();
    expect(started).toEqual(['busy', 'government']);
    finish.get('government')?.('RESULTS');
    expect(await page).toBe('RESULTS');
  });

  test('after invalidate() (more index loaded) the same key searches again', async () => {
    const queue = new SearchQueue<string>();
    const { started, finish, work } = works();
    const first = queue.submit('border', false, work('border'));
    await settle();
    finish.get('border')?.('ONE');
    await first;
    queue.invalidate();
    const second = queue.submit('border', false, work('border-again'));
    await settle();
    expect(started).toEqual(['border', 'border-again']);
    finish.get('border-again')?.('TWO');
    expect(await second).toBe('TWO');
  });

  test('a search that failed is asked again, not shared', async () => {
    const queue = new SearchQueue<string>();
    const { started, fail, finish, work } = works();
    const first = outcome(queue.submit('wiretap', false, work('wiretap')));
    await settle();
    fail.get('wiretap')?.(new Error('network'));
    await settle();
    expect(first.error).toBeInstanceOf(Error);
    const again = queue.submit('wiretap', false, work('wiretap-again'));
    await settle();
    expect(started).toEqual(['wiretap', 'wiretap-again']);
    finish.get('wiretap-again')?.('FOUND');
    expect(await again).toBe('FOUND');
  });
});
