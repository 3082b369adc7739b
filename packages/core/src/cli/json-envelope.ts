import { UsageError } from './cli-io.js';
import { jsonPieces } from './json-text.js';
import { writeReason } from './write-reason.js';

/**
 * The `--json` envelope as the command writes it to `out`: in pieces of lines
 * ({@link jsonPieces}), so an envelope of millions of flows or issues is never one text. Once a
 * piece is out, no second envelope can follow it as valid JSON: {@link begun} says so, and a
 * failure after it (the output, or the value's text, failing part way) is said on stderr instead.
 * A piece `out` refuses (a full disk) is the command's `FILE_UNWRITABLE` error, exit 2. Between
 * pieces it waits while the output is full, and stops once `takesMore` says the reader has gone
 * (`--json | head`): the rest is computed for nobody otherwise.
 */
export class JsonEnvelope {
  #begun = false;

  constructor(
    private readonly out: (text: string) => void,
    private readonly takesMore: () => Promise<boolean>,
  ) {}

  /** Whether any piece of an envelope was handed to the output. */
  get begun(): boolean {
    return this.#begun;
  }

  /** Writes `value`'s JSON text, a piece at a time, until the reader has gone. */
  async write(value: unknown): Promise<void> {
    for (const piece of jsonPieces(value)) {
      this.#begun = true;
      try {
        this.out(piece);
      } catch (error) {
        throw new UsageError(`cannot write its output: ${writeReason(error)}`, 'FILE_UNWRITABLE');
      }
      if (!(await this.takesMore())) return;
    }
  }
}
