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
  // A link to a file is read as the file (it was left out: a folder of links imported nothing),
  // once: a link to a file read already adds nothing (it was read twice, its records all
  // "duplicates"); one that leads nowhere is kept for the reader to say so; one to a folder
  // already read adds nothing.
  await writeFile(temp.at('outside.csv'), '');
  await symlink(temp.at('outside.csv'), join(folder, 'link.csv'));
  await symlink(join(folder, 'a.csv'), join(folder, 'same.csv'));
  await symlink(join(folder, '2023', 'c.parquet'), join(folder, '0.parquet'));
  await symlink(join(folder, 'gone.csv'), join(folder, 'dangling.csv'));
  await symlink(join(folder, '2023'), join(folder, 'folder.csv'));
  expect(await bulkFilesIn(folder)).toEqual(
    ['0.parquet', '2023/d.txt.gz', 'a.csv', 'b.TSV.GZ', 'dangling.csv', 'link.csv'].map((name) =>
      join(folder, name),
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

test('a link that leads nowhere is kept whatever its name: a link to a folder on a disk not mounted', async () => {
  // Its files were left out without a word: the link's name is no bulk file's.
  const folder = temp.at('unmounted');
  await mkdir(folder);
  await writeFile(join(folder, 'a.csv'), '');
  await symlink(temp.at('no-such-disk'), join(folder, '2024'));
  expect(await bulkFilesIn(folder)).toEqual(['2024', 'a.csv'].map((name) => join(folder, name)));
});

test('a link to a folder that holds the folder is refused, naming the link, not walked', async () => {
  // Its files are not the folder's: 'up' -> '..' read the files beside the folder, and a link to
  // / would walk the whole disk.
  const holder = temp.at('holder');
  const folder = join(holder, 'bulk');
  await mkdir(folder, { recursive: true });
  await writeFile(join(holder, 'beside.csv'), '');
  await symlink('..', join(folder, 'up'));
  const error = await bulkFilesIn(folder).catch((thrown: unknown) => thrown);
  expect(error).toMatchObject({
    path: join(folder, 'up'),
    message: `the link ${join(folder, 'up')} leads to ${holder}, a folder that holds the folder read: its files are not the folder's; remove the link, or give that folder`,
  });
});

test('a folder that cannot be listed is Node’s error, for the caller to say in words', async () => {
  // (A path that is no text: node-helpers-misuse.test.ts.)
  await expect(bulkFilesIn(temp.at('nowhere'))).rejects.toMatchObject({ code: 'ENOENT' });
});
