/** The part of a Node writable stream {@link takesMore} looks at: `process.stdout`. */
export interface WaitableStream {
  /** Whether the stream holds as much as it takes at once (its `write` returned false). */
  readonly writableNeedDrain: boolean;
  /** Whether the stream is done: it failed (EPIPE when its reader has gone, a full disk) or closed. */
  readonly destroyed: boolean;
  once(event: 'drain' | 'close', listener: () => void): unknown;
  off(event: 'drain' | 'close', listener: () => void): unknown;
}

/**
 * Waits while `stream` holds more than it takes at once (a pipe whose reader is slower than the
 * command), then says whether it still takes text: false once it failed or its reader has gone
 * (`bilateral report | head`). A loop that hands a stream piece after piece without waiting never
 * learns that the reader left: the pipe refuses a write it was still holding as an event (EPIPE),
 * which comes only after the loop, so the command would compute and keep the whole rest of its
 * output for nobody. Waiting here, once the stream is full, lets that event come.
 *
 * @example
 * ```ts fragment
 * for (const piece of pieces) {
 *   process.stdout.write(`${piece}\n`);
 *   if (!(await takesMore(process.stdout))) break; // the reader has gone
 * }
 * ```
 */
export async function takesMore(stream: WaitableStream): Promise<boolean> {
  if (stream.writableNeedDrain && !stream.destroyed) {
    await new Promise<void>((resolve) => {
      const done = () => {
        stream.off('drain', done);
        stream.off('close', done);
        resolve();
      };
      stream.once('drain', done);
      stream.once('close', done);
    });
  }
  return !stream.destroyed;
}
