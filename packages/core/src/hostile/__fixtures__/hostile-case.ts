/**
 * One generated hostile case: what it is (printed when it fails) and how it is judged. `call`
 * cases must return a finite result or throw a well-formed BilateralError; `safeParse` cases must
 * return a result and never throw; `cli` cases run `bilateral` in-process with the given argv.
 */
export type HostileCase =
  | { readonly kind: 'call'; readonly description: string; readonly run: () => unknown }
  | { readonly kind: 'safeParse'; readonly description: string; readonly run: () => unknown }
  | {
      readonly kind: 'cli';
      readonly description: string;
      readonly argv: readonly string[];
      /** What the issue says this run must end in, beyond the outcome classes: `0` or a refusal. */
      readonly expect?: 'exit 0' | 'refused';
    };

/** A named, deterministic list of cases; the child process of `runIsolated` rebuilds it by name. */
export type HostileSuite = () => HostileCase[] | Promise<HostileCase[]>;
