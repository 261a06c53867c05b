/**
 * The engine worker's searches, one at a time (engine-worker.ts). The page starts a search for
 * the words typed so far on every key (a *guess*), so the search of the last words is already
 * running when the typing pause ends. Pagefind's search cannot be stopped once it runs, and the
 * worker reads no message while it runs, so:
 * - at most one search runs; the next starts only after the messages that came meanwhile are read
 *   (a macrotask later), so a guess overtaken by a newer search is dropped before it starts;
 * - a guess still waiting when a newer search comes is dropped, and one that finds a newer search
 *   waiting just before Pagefind's part (after its index chunks loaded) drops itself;
 * - a search asked again with the same key while nothing was loaded since shares the one already
 *   asked (the page's search after the pause takes over the guess of the same words).
 * A dropped guess rejects with `Superseded`: the reader typed on, nobody waits for it. Pure: no
 * DOM, no Pagefind.
 */

/** What a dropped guess rejects with: a newer search was asked; nobody waits for this one. */
export class Superseded extends Error {
  constructor(key: string) {
    super(`search superseded: ${key}`);
    this.name = 'Superseded';
  }
}

/** What a search's work is given: whether it is still wanted (false: a guess overtaken). */
export type SearchWork<T> = (stillWanted: () => boolean) => Promise<T>;

interface Job<T> {
  key: string;
  guess: boolean;
  work: SearchWork<T>;
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
  result: Promise<T>;
}

/** Lets the event loop read the messages that came in (a macrotask: `setTimeout(0)`). */
const readMessages = (): Promise<void> => new Promise((resume) => setTimeout(resume, 0));

export class SearchQueue<T> {
  readonly #waiting: Job<T>[] = [];
  #running = false;
  /** The last search asked, while its results would still be the same if asked again. */
  #last: Job<T> | null = null;
  readonly #pause: () => Promise<void>;

  /** `pause`: what a search waits for before it starts (tests give their own). */
  constructor(pause: () => Promise<void> = readMessages) {
    this.#pause = pause;
  }

  /** More of the index was loaded (or asked for): a search asked again must run again. */
  invalidate(): void {
    this.#last = null;
  }

  /**
   * Runs `work` after the searches before it, or shares the last search when it has the same key
   * and nothing was invalidated since. A search that is not a guess is never dropped, and one
   * that shares a guess makes it stay.
   */
  submit(key: string, guess: boolean, work: SearchWork<T>): Promise<T> {
    const last = this.#last;
    if (last?.key === key) {
      if (!guess) last.guess = false;
      return last.result;
    }
    for (const waiting of this.#waiting.filter((job) => job.guess)) this.#drop(waiting);
    let resolve: (value: T) => void = () => undefined;
    let reject: (error: unknown) => void = () => undefined;
    const result = new Promise<T>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    const job: Job<T> = { key, guess, work, resolve, reject, result };
    // A failed search is asked again, never shared.
    result.catch(() => {
      if (this.#last === job) this.#last = null;
    });
    this.#waiting.push(job);
    this.#last = job;
    void this.#next();
    return result;
  }

  /** Searches waiting (not running). */
  get waiting(): number {
    return this.#waiting.length;
  }

  #drop(job: Job<T>): void {
    this.#waiting.splice(this.#waiting.indexOf(job), 1);
    job.reject(new Superseded(job.key));
  }

  async #next(): Promise<void> {
    if (this.#running) return;
    this.#running = true;
    await this.#pause();
    const job = this.#waiting.shift();
    if (job) {
      const stillWanted = () => !job.guess || this.#waiting.length === 0;
      try {
        job.resolve(await job.work(stillWanted));
      } catch (error) {
        job.reject(error);
      }
    }
    this.#running = false;
    if (this.#waiting.length > 0) void this.#next();
  }
}
