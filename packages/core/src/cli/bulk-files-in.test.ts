import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { tempFolder } from './__fixtures__/temp-folder.js';
import { BULK_FILE_NAME, bulkFilesIn } from './bulk-files-in.js';

const temp = tempFolder('bulk-files');

test('the bulk files of a folder and of the folders in it, in name order, links to files too; no other file', async () => {
  const folder = temp.at('bulk');
  await mkdir(join(folder, '2023', 'x.csv'), { recursive: true });
  const names = ['b.TSV.GZ', 'a.csv', '2023/c.parquet', '2023/d.txt.gz', 'e.md', 'f.csv.zip'];
  for (const name of names) await writeFile(join(folder, name), '');
  // A link to a file is read as the file (it was left out: a folder of links imported nothing);
  // one that leads nowhere is kept for the reader to say so; one to a folder already read adds
  // nothing.
  await symlink(join(folder, 'a.csv'), join(folder, 'link.csv'));
  await symlink(join(folder, 'gone.csv'), join(folder, 'dangling.csv'));
  await symlink(join(folder, '2023'), join(folder, 'folder.csv'));
  expect(await bulkFilesIn(folder)).toEqual(
    ['2023/c.parquet', '2023/d.txt.gz', 'a.csv', 'b.TSV.GZ', 'dangling.csv', 'link.csv'].map(
      (name) => join(folder, name),
    ),
  );
  expect(BULK_FILE_NAME.exec('b.TSV.GZ')?.slice(1)).toEqual(['TSV', '.GZ']);
});

test('a link to a folder is followed, under its path; a folder reached twice (a loop) is read once', async () => {
  // Left out without a word before: the folder's files were not read, and nothing said so.
  const folder = temp.at('linked');
  const elsewhere = temp.at('elsewhere');
  await mkdir(join(elsewhere, 'deep'), { recursive: true });
  await mkdir(folder, { recursive: true });
  for (const name of ['b.csv', 'deep/c.txt', 'notes.md'])
    await writeFile(join(elsewhere, name), '');
  await writeFile(join(folder, 'a.csv'), '');
  await symlink(elsewhere, join(folder, '2024'));
  // Loops: a link to the folder itself, and one back from the folder it links to.
  await symlink(folder, join(folder, 'again'));
  await symlink(folder, join(elsewhere, 'back'));
  expect(await bulkFilesIn(folder)).toEqual(
    ['2024/b.csv', '2024/deep/c.txt', 'a.csv'].map((name) => join(folder, name)),
  );
});

test('a folder that cannot be listed is Node’s error, for the caller to say in words', async () => {
  // (A path that is no text: node-helpers-misuse.test.ts.)
  await expect(bulkFilesIn(temp.at('nowhere'))).rejects.toMatchObject({ code: 'ENOENT' });
});
