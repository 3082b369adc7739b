/**
 * The SQL of a bulk read against the core: a note's amounts written as `Decimal#toFixed` writes
 * them, fields trimmed as `String#trim` trims them.
 */
import { Decimal } from '@bilateral/core';
import { DuckDBInstance } from '@duckdb/node-api';
import { expect, test } from 'vitest';
import { fixedSql, sqlText, TRIMMED, trimmed } from './bulk-sql.js';

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
