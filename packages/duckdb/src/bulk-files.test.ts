import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BilateralError } from '@bilateral/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listBulkFiles } from './bulk-files.js';

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'bulk-files-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('listBulkFiles', () => {
  it('quotes a long header of one column as the core does: capped, its length grouped in thousands', async () => {
    const header = Array.from({ length: 200 }, (_, index) => `column${index}`).join(';');
    expect(header).toHaveLength(1889);
    const path = join(folder, 'semicolons.csv');
    await writeFile(path, `${header}\n1;2\n`);
    const error = await listBulkFiles(path).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(BilateralError);
    const [issue] = (error as BilateralError).issues;
    expect(issue?.message).toContain(
      `the header has one column, "${header.slice(0, 60)}…" (1,889 characters): the fields look separated by semicolons`,
    );
  });

  it('reads a link to a bulk file in a folder as the file (a folder of links held "no .csv file")', async () => {
    const links = join(folder, 'links');
    await mkdir(links);
    const target = join(folder, 'target.csv');
    await writeFile(target, 'reporterCode,partnerCode\n704,418\n');
    await symlink(target, join(links, 'a.csv'));
    expect((await listBulkFiles(links)).map((file) => file.path)).toEqual([join(links, 'a.csv')]);
  });

  it('reads the files of a link to a folder inside a folder, under its path (left out without a word before)', async () => {
    const bulk = join(folder, 'bulk');
    const elsewhere = join(folder, 'elsewhere');
    await mkdir(join(bulk, '2023'), { recursive: true });
    await mkdir(elsewhere);
    const text = 'reporterCode,partnerCode\n704,418\n';
    await writeFile(join(bulk, '2023', 'a.csv'), text);
    await writeFile(join(elsewhere, 'b.csv'), text);
    await symlink(elsewhere, join(bulk, '2024'));
    // A link back to the folder read adds nothing (a loop).
    await symlink(bulk, join(elsewhere, 'back'));
    expect((await listBulkFiles(bulk)).map((file) => file.path)).toEqual([
      join(bulk, '2023', 'a.csv'),
      join(bulk, '2024', 'b.csv'),
    ]);
  });
});
