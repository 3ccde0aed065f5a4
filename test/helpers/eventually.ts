/** Polls `check` until it holds, for at most `ms`: for a test that waits on work the service does
 * after answering (a delivery, a job's claim), where a fixed sleep is a race on a loaded machine. */
export async function eventually(what: string, check: () => boolean | Promise<boolean>, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`waited ${ms} ms for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
