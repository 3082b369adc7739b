import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { tempFolder } from './__fixtures__/temp-folder.js';
import { BULK_FILE_NAME, bulkFilesIn } from './bulk-files-in.js';

const temp = tempFolder('bulk-files');

test('the bulk files of a folder and of the folders in it, in name order; no other file, no link', async () => {
  const folder = temp.at('bulk');
  await mkdir(join(folder, '2023', 'x.csv'), { recursive: true });
  const names = ['b.TSV.GZ', 'a.csv', '2023/c.parquet', '2023/d.txt.gz', 'e.md', 'f.csv.zip'];
  for (const name of names) await writeFile(join(folder, name), '');
  await symlink(join(folder, 'a.csv'), join(folder, 'link.csv'));
  expect(await bulkFilesIn(folder)).toEqual(
    ['2023/c.parquet', '2023/d.txt.gz', 'a.csv', 'b.TSV.GZ'].map((name) => join(folder, name)),
  );
  expect(BULK_FILE_NAME.exec('b.TSV.GZ')?.slice(1)).toEqual(['TSV', '.GZ']);
});

test('a folder that cannot be listed is Node’s error, for the caller to say in words', async () => {
  // (A path that is no text: node-helpers-misuse.test.ts.)
  await expect(bulkFilesIn(temp.at('nowhere'))).rejects.toMatchObject({ code: 'ENOENT' });
});
