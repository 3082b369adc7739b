import fc from 'fast-check';
import * as core from '../../../index.js';
import type { HostileCase } from '../hostile-case.js';
import { anyValue, hostileValues, sample } from '../hostile-values.js';
import { describeInput } from '../outcome.js';

/** Every public parser, found by name so a new one is covered the day it is exported. */
export function parserNames(): { parse: string[]; safeParse: string[] } {
  const names = Object.keys(core).filter(
    (name) => typeof (core as Record<string, unknown>)[name] === 'function',
  );
  return {
    parse: names.filter((name) => /^parse[A-Z]/.test(name)),
    safeParse: names.filter((name) => /^safeParse[A-Z]/.test(name)),
  };
}

/** How many generated values each parser gets beside the fixed hostile ones (half `fc.anything()`, half `fc.jsonValue()`). */
export const GENERATED_PER_PARSER = 40;

/** Each parser (`parseX` or `safeParseX`, as `which` says) given every hostile value. */
export function parserCases(which: 'parse' | 'safeParse'): HostileCase[] {
  const inputs = [
    ...hostileValues(),
    ...sample(anyValue, 1201, GENERATED_PER_PARSER / 2),
    ...sample(fc.jsonValue(), 1202, GENERATED_PER_PARSER / 2),
  ];
  const described = inputs.map((input) => describeInput(input));
  return parserNames()[which].flatMap((name) => {
    const parse = (core as unknown as Record<string, (input: unknown) => unknown>)[name];
    if (parse === undefined) return [];
    return inputs.map(
      (input, index): HostileCase => ({
        kind: which === 'parse' ? 'call' : 'safeParse',
        description: `${name}(${described[index]})`,
        run: () => parse(input),
      }),
    );
  });
}

export const parse = () => parserCases('parse');
export const safeParse = () => parserCases('safeParse');
