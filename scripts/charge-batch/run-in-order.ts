export interface RunInOrderOptions {
  /** At most this many `work` calls run at once. */
  concurrency: number;
  /** At most this many items are taken from the input and not yet emitted: the memory bound when
   * an early item is slow (retrying) while later ones finish. */
  window: number;
}

/** Takes items from `input` only as fast as `work` finishes them, runs up to `concurrency` at a
 * time, and hands each result to `emit` in input order, waiting for `emit` (the output's own
 * backpressure) before taking more. Memory stays bounded by `window`, however long the input. */
export async function runInOrder<T, R>(input: AsyncIterable<T>, work: (item: T) => Promise<R>, emit: (result: R) => Promise<void> | void, options: RunInOrderOptions): Promise<void> {
  const window = Math.max(options.window, options.concurrency);
  const done = new Map<number, R>();
  let taken = 0;
  let emitted = 0;
  let running = 0;
  let failure: unknown;
  let wake: (() => void) | undefined;
  const changed = () => {
    wake?.();
    wake = undefined;
  };
  const until = async (ready: () => boolean) => {
    while (!ready() && failure === undefined) await new Promise<void>((resolve) => (wake = resolve));
    if (failure !== undefined) throw failure;
  };
  let flushing = Promise.resolve();
  // One flush at a time, so results reach `emit` strictly in order.
  const flush = () =>
    (flushing = flushing.then(async () => {
      while (done.has(emitted)) {
        const result = done.get(emitted)!;
        done.delete(emitted);
        await emit(result);
        emitted += 1;
      }
      changed();
    }).catch((error: unknown) => {
      failure ??= error;
      changed();
    }));

  for await (const item of input) {
    await until(() => running < options.concurrency && taken - emitted < window);
    const position = taken++;
    running += 1;
    work(item).then(
      (result) => {
        running -= 1;
        done.set(position, result);
        void flush();
      },
      (error: unknown) => {
        running -= 1;
        failure ??= error;
        changed();
      },
    );
  }
  await until(() => emitted === taken);
}
