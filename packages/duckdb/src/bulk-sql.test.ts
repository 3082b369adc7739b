/**
 * The SQL of a bulk read against the core: a note's amounts written as `Decimal#toFixed` writes
 * them, fields trimmed as `String#trim` trims them, values cast as DuckDB casts them.
 */
import { Decimal } from '@bilateral/core';
import { DuckDBInstance } from '@duckdb/node-api';
import { expect, test } from 'vitest';
import { decimalSql, fixedSql, sqlText, TRIMMED, trimmed } from './bulk-sql.js';

test('fixedSql writes plain decimal text as Decimal#toFixed does: no leading or trailing zeros that do not count', async () => {
  const digits = ['0', '1', '5'];
  const strings = (length: number): string[] =>
    length === 0 ? [''] : strings(length - 1).flatMap((text) => digits.map((d) => `${text}${d}`));
  const texts = ['14.5', '000123.4500', '9007199254740993.000000000000000000001', '10', '100'];
  for (let whole = 1; whole <= 4; whole += 1) {
    for (const before of strings(whole)) {
      texts.push(before);
      for (let places = 1; places <= 3; places += 1) {
        for (const after of strings(places)) texts.push(`${before}.${after}`);
      }
    }
  }
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const list = texts.map((text) => `'${text}'`).join(', ');
    const rows = (
      await connection.runAndReadAll(`SELECT p, ${fixedSql('p')} FROM unnest([${list}]) AS t(p)`)
    ).getRowsJS();
    const wrong = rows.filter(([text, fixed]) => new Decimal(String(text)).toFixed() !== fixed);
    expect([rows.length, wrong]).toEqual([texts.length, []]);
    const [nothing] = (await connection.runAndReadAll(`SELECT ${fixedSql('NULL')}`)).getRowsJS();
    expect(nothing).toEqual([null]);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
});

test('TRIMMED is every character String#trim removes, and trimmed trims text as String#trim does', async () => {
  const removed: string[] = [];
  for (let code = 0; code <= 0x10ffff; code += 1) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const char = String.fromCodePoint(code);
    if (`${char}x`.trim() === 'x') removed.push(char);
  }
  expect([...TRIMMED]).toEqual(removed);
  // Each such character and some that are not (next line U+0085, zero width space U+200B,
  // Mongolian vowel separator U+180E, soft hyphen U+00AD, a letter beyond ASCII), around text,
  // alone, inside it; text that takes the first sight's way.
  const others = ['\u0085', '\u200b', '\u180e', '\u00ad', 'é', 'x'];
  const texts = ['', ' ', 'a', 'ab', '1000', 'a b', '~!', 'é', 'aé'];
  for (const char of [...TRIMMED, ...others]) {
    texts.push(`${char}1000${char}`, `${char}${char}`, char, `a${char}b`, `${char}é`, `é${char}`);
    texts.push(`${char}\t${char}x\u3000${char}`);
  }
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const list = texts.map(sqlText).join(', ');
    const rows = (
      await connection.runAndReadAll(`SELECT t, ${trimmed('t')} FROM unnest([${list}]) AS u(t)`)
    ).getRowsJS();
    const wrong = rows.filter(([text, trim]) => String(text).trim() !== trim);
    expect([rows.length, wrong]).toEqual([texts.length, []]);
    const [nothing] = (await connection.runAndReadAll(`SELECT ${trimmed('NULL')}`)).getRowsJS();
    expect(nothing).toEqual([null]);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
});

test('decimalSql casts a value to DECIMAL(38, scale) as TRY_CAST does, with no cast of one of too many digits', async () => {
  // Values of more digits before the point than DECIMAL(38, scale) holds are NULL without a cast,
  // which DuckDB takes some 150 µs a value to fail: at each side of that bound, leading zeros,
  // fractions, and text that is no plain number, at scales with and without DECIMAL(18, scale).
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    for (const scale of [0, 2, 3, 17, 18, 19, 36]) {
      const texts = ['0', '1.5', '', 'abc', '-5', '1e40', `1${'0'.repeat(40)}`];
      for (const digits of [17, 18, 19, 37 - scale, 38 - scale, 39 - scale]) {
        const number = `9${'8'.repeat(Math.max(0, digits - 1))}`;
        texts.push(number, `000${number}`, `${number}.5`, `${number}.`, `-${number}`, `${number}x`);
      }
      // Exactly at the bound (10^(38 - scale) - 1 fits, 10^(38 - scale) does not), signed, spaced,
      // with many zeros after the point, grouped in thousands.
      for (const number of ['9'.repeat(38 - scale), `1${'0'.repeat(38 - scale)}`]) {
        texts.push(
          `-${number}`,
          `+${number}`,
          ` ${number}`,
          `${number} `,
          `${number}.${'0'.repeat(45)}`,
        );
        texts.push(`${'0'.repeat(45)}${number}`, `${number.slice(0, 3)},${number.slice(3)}`);
      }
      texts.push('.5', '5.', '1,000');
      const list = texts.map(sqlText).join(', ');
      const rows = (
        await connection.runAndReadAll(
          `SELECT p, CAST(${decimalSql('p', scale)} AS VARCHAR), CAST(TRY_CAST(p AS DECIMAL(38, ${scale})) AS VARCHAR) FROM unnest([${list}]) AS t(p)`,
        )
      ).getRowsJS();
      const wrong = rows.filter(([, value, cast]) => value !== cast);
      expect([scale, rows.length, wrong]).toEqual([scale, texts.length, []]);
      // Each side of the bound: a number of 38 - scale digits fits, one of 39 - scale does not.
      const fits = rows.filter(([, value]) => value !== null).map(([text]) => String(text));
      expect(fits).toContain(`9${'8'.repeat(37 - scale)}`);
      expect(fits).toContain(`${'0'.repeat(45)}${'9'.repeat(38 - scale)}`);
      expect(fits).not.toContain(`${'0'.repeat(45)}1${'0'.repeat(38 - scale)}`);
      expect(fits).not.toContain(`9${'8'.repeat(38 - scale)}`);
    }
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
});
