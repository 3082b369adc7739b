/**
 * The SQL of a bulk read against the core: a note's amounts written as `Decimal#toFixed` writes
 * them.
 */
import { Decimal } from '@bilateral/core';
import { DuckDBInstance } from '@duckdb/node-api';
import { expect, test } from 'vitest';
import { fixedSql } from './bulk-sql.js';

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
