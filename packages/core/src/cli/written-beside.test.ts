import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import {
  chmodSync,
  closeSync,
  createReadStream,
  existsSync,
  lstatSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { text } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { UsageError } from './cli-io.js';
import {
  closeBeside,
  discard,
  openBeside,
  putInPlace,
  writeBeside,
  writeInPlace,
} from './written-beside.js';

// Made before the first test runs, not as the file loads: a run that skips every test of the
// file (`-t`, `vitest list`) runs no afterAll, and left the folder behind.
let folder = '';
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'bilateral-beside-'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Writes `text` as the import does: beside the destination, then put in place. */
async function writeAs(file: string, text: string): Promise<void> {
  const written = await openBeside(file);
  await writeBeside(written, text);
  await closeBeside(written);
  await putInPlace(written);
}

describe('discard', () => {
  it('throws the temporary file away with writes still on their way, and no error escapes', async () => {
    const errors: unknown[] = [];
    const heard = (error: unknown) => errors.push(error);
    process.on('uncaughtException', heard);
    try {
      const written = await openBeside(join(folder, 'out.json'));
      for (let chunk = 0; chunk < 8; chunk++) written.stream.write('x'.repeat(1 << 20));
      await discard(written);
      // Until the stream has closed: its pending writes' errors come before (by order, no timer).
      if (!written.stream.closed) await once(written.stream, 'close');
    } finally {
      process.off('uncaughtException', heard);
    }
    expect(errors).toEqual([]);
    expect(readdirSync(folder)).toEqual([]);
  });
});

describe('writeBeside', () => {
  it.each([
    ['plain', false],
    ['gzipped', true],
  ])(
    'says the disk is full when the %s file failed between two writes, never waiting on',
    async (_, gzip) => {
      const file = join(folder, gzip ? 'full.json.gz' : 'full.json');
      const written = await openBeside(file);
      // The disk fills while the import reads its input: nobody is writing, so nobody hears it
      // then. The next write must say so; it waited for a 'drain' that never comes.
      written.fileStream.destroy(Object.assign(new Error('no space left'), { code: 'ENOSPC' }));
      await written.written.catch(() => undefined);
      const error = await writeBeside(written, 'x'.repeat(1 << 20)).catch(
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(UsageError);
      expect((error as UsageError).message).toBe(`cannot write ${file}: the disk is full`);
      await discard(written);
      expect(readdirSync(folder)).toEqual([]);
    },
  );
});

describe('openBeside and putInPlace', () => {
  it('writes into a pipe it is given (as -o /dev/stdout is), never replacing it with a file', async () => {
    const pipe = join(folder, 'pipe');
    execFileSync('mkfifo', [pipe]);
    const read = text(createReadStream(pipe));
    const written = await openBeside(pipe);
    await writeBeside(written, '{"flows":[]}\n');
    await closeBeside(written);
    await putInPlace(written);
    expect(await read).toBe('{"flows":[]}\n');
    expect(statSync(pipe).isFIFO()).toBe(true);
    expect(existsSync(written.temporary)).toBe(false);
    rmSync(pipe);
  });

  it('refuses a directory at once, and a missing folder, in words without a temporary name', async () => {
    await expect(openBeside(folder)).rejects.toThrow(
      new UsageError(`cannot write ${folder}: it is a directory`, 'FILE_UNWRITABLE'),
    );
    const nowhere = join(folder, 'no', 'out.json');
    await expect(openBeside(nowhere)).rejects.toThrow(
      `cannot write ${nowhere}: its folder does not exist`,
    );
    expect(readdirSync(folder)).toEqual([]);
  });
});

describe('openBeside and putInPlace, through links', () => {
  it('keeps the permission bits of the file it replaces (a private dataset stays private)', async () => {
    const place = mkdtempSync(join(tmpdir(), 'bilateral-beside-mode-'));
    try {
      writeFileSync(join(place, 'private.json'), 'old');
      chmodSync(join(place, 'private.json'), 0o600);
      await writeAs(join(place, 'private.json'), '{"flows":[]}\n');
      expect(statSync(join(place, 'private.json')).mode & 0o7777).toBe(0o600);
      expect(readFileSync(join(place, 'private.json'), 'utf8')).toBe('{"flows":[]}\n');
    } finally {
      rmSync(place, { recursive: true, force: true });
    }
  });

  it('writes through a symbolic link into the file it names, the link staying a link', async () => {
    const place = mkdtempSync(join(tmpdir(), 'bilateral-beside-link-'));
    try {
      writeFileSync(join(place, 'real.json'), 'old');
      symlinkSync('real.json', join(place, 'link.json'));
      await writeAs(join(place, 'link.json'), '{"flows":[]}\n');
      expect(lstatSync(join(place, 'link.json')).isSymbolicLink()).toBe(true);
      expect(readFileSync(join(place, 'real.json'), 'utf8')).toBe('{"flows":[]}\n');
      expect(readdirSync(place).sort()).toEqual(['link.json', 'real.json']);
    } finally {
      rmSync(place, { recursive: true, force: true });
    }
  });

  it('writes into a file open on a descriptor (-o /dev/stdout with > out.json), not beside /dev', async () => {
    const place = mkdtempSync(join(tmpdir(), 'bilateral-beside-fd-'));
    const out = join(place, 'out.json');
    const descriptor = openSync(out, 'w');
    try {
      await writeAs(`/dev/fd/${descriptor}`, '{"flows":[]}\n');
      expect(readFileSync(out, 'utf8')).toBe('{"flows":[]}\n');
      expect(readdirSync(place)).toEqual(['out.json']);
    } finally {
      closeSync(descriptor);
      rmSync(place, { recursive: true, force: true });
    }
  });
});

describe('a descriptor the shell opened in append mode (-o /dev/fd/3 with 3>> log)', () => {
  it.each([
    ['openBeside and putInPlace', '/dev/fd'],
    ['openBeside and putInPlace', '/proc/self/fd'],
    ['writeInPlace', '/dev/fd'],
    ['writeInPlace', '/proc/self/fd'],
  ])(
    '%s add to what %s/N holds, as the descriptor writes, not truncating it',
    async (writer, names) => {
      const place = mkdtempSync(join(tmpdir(), 'bilateral-beside-append-'));
      const log = join(place, 'log');
      writeFileSync(log, 'earlier line\n');
      const descriptor = openSync(log, 'a');
      try {
        const file = `${names}/${descriptor}`;
        if (writer === 'writeInPlace') {
          await writeInPlace(file, async (temporary) => writeFileSync(temporary, '{"flows":[]}\n'));
        } else await writeAs(file, '{"flows":[]}\n');
        expect(readFileSync(log, 'utf8')).toBe('earlier line\n{"flows":[]}\n');
        expect(readdirSync(place)).toEqual(['log']);
      } finally {
        closeSync(descriptor);
        rmSync(place, { recursive: true, force: true });
      }
    },
  );
});

describe('a descriptor the shell did not give (-o /dev/fd/N with no N>)', () => {
  it('is refused in words, by openBeside and by writeInPlace, open (Node’s epoll) or not', async () => {
    const closed = openSync(join(folder, 'closed'), 'w');
    closeSync(closed);
    const epoll = readdirSync('/proc/self/fd').find((fd) => {
      try {
        return readlinkSync(`/proc/self/fd/${fd}`) === 'anon_inode:[eventpoll]';
      } catch {
        return false;
      }
    });
    for (const descriptor of [closed, Number(epoll)]) {
      const file = `/dev/fd/${descriptor}`;
      const words = `descriptor ${descriptor} was not given to the command (a shell opens it with ${descriptor}> file)`;
      await expect(writeAs(file, '{}')).rejects.toThrow(`cannot write ${file}: ${words}`);
      await expect(writeInPlace(file, async () => {})).rejects.toThrow(words);
    }
  });
});

describe('writeInPlace', () => {
  /**
   * A program making `out.parquet` with writeInPlace, stopped by `signal` once its temporary file
   * is there; how it ended and what is left in its folder.
   */
  async function stoppedWhileWriting(signal: NodeJS.Signals, listens: boolean) {
    const place = mkdtempSync(join(tmpdir(), 'bilateral-beside-stop-'));
    const module = join(import.meta.dirname, 'written-beside.ts');
    const program = [
      `import { writeFileSync } from 'node:fs';`,
      `import { writeInPlace } from ${JSON.stringify(module)};`,
      listens ? `process.on(${JSON.stringify(signal)}, () => process.exit(3));` : '',
      `await writeInPlace(${JSON.stringify(join(place, 'out.parquet'))}, (temporary) => {`,
      `  writeFileSync(temporary, 'PAR1');`,
      `  console.log('writing');`,
      `  return new Promise(() => setInterval(() => {}, 1000));`,
      '});',
    ].join('\n');
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', program],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    const [chunk] = await once(child.stdout, 'data');
    expect(String(chunk)).toBe('writing\n');
    child.kill(signal);
    const [code, stoppedBy] = await once(child, 'exit');
    try {
      return { code, stoppedBy, left: readdirSync(place) };
    } finally {
      rmSync(place, { recursive: true, force: true });
    }
  }

  it('leaves no temporary file when the program is stopped meanwhile (Ctrl-C), and stops', async () => {
    expect(await stoppedWhileWriting('SIGINT', false)).toEqual({
      code: null,
      stoppedBy: 'SIGINT',
      left: [],
    });
    expect(await stoppedWhileWriting('SIGTERM', false)).toEqual({
      code: null,
      stoppedBy: 'SIGTERM',
      left: [],
    });
    // The terminal closed: it left the temporary file.
    expect(await stoppedWhileWriting('SIGHUP', false)).toEqual({
      code: null,
      stoppedBy: 'SIGHUP',
      left: [],
    });
  });

  it('leaves its file to a program that listens for SIGHUP itself (a reload, by convention)', async () => {
    // The file made meanwhile was removed, and the write failed (ENOENT at the rename): a server
    // reloading on SIGHUP lost its output.
    const place = mkdtempSync(join(tmpdir(), 'bilateral-beside-reload-'));
    let reloads = 0;
    const reload = () => {
      reloads += 1;
    };
    process.on('SIGHUP', reload);
    try {
      await writeInPlace(join(place, 'out.parquet'), async (temporary) => {
        writeFileSync(temporary, 'PAR1');
        process.emit('SIGHUP', 'SIGHUP');
        process.emit('SIGHUP', 'SIGHUP');
      });
      expect({ reloads, left: readdirSync(place) }).toEqual({ reloads: 2, left: ['out.parquet'] });
      expect(readFileSync(join(place, 'out.parquet'), 'utf8')).toBe('PAR1');
      expect(process.listeners('SIGHUP')).toEqual([reload]);
    } finally {
      process.off('SIGHUP', reload);
      rmSync(place, { recursive: true, force: true });
    }
  });

  it('takes no other write listening for the program itself: on SIGHUP both files go, and it stops', async () => {
    // Each took the other's listener for a program's reload: both files stayed, and the process
    // went on after the terminal closed.
    const place = mkdtempSync(join(tmpdir(), 'bilateral-beside-both-'));
    const kill = vi.spyOn(process, 'kill').mockImplementation(() => true);
    try {
      let started = 0;
      // The first write waits for the signal, not for a turn of the event loop: on a loaded
      // machine the second write's setup took longer than one turn, the first file went into
      // place before the signal, and stayed.
      let signalled = () => {};
      const signal = new Promise<void>((resolve) => {
        signalled = resolve;
      });
      const writing = ['a.json', 'b.json'].map((name) =>
        writeInPlace(join(place, name), async (temporary) => {
          writeFileSync(temporary, '{}');
          started += 1;
          if (started === 2) {
            process.emit('SIGHUP', 'SIGHUP');
            signalled();
          } else await signal;
        }),
      );
      await Promise.allSettled(writing);
      expect(readdirSync(place)).toEqual([]);
      expect(kill.mock.calls).toEqual([[process.pid, 'SIGHUP']]);
      expect(process.listenerCount('SIGHUP')).toBe(0);
    } finally {
      kill.mockRestore();
      rmSync(place, { recursive: true, force: true });
    }
  });

  it('leaves the stopping to a program that listens for the signal itself', async () => {
    expect(await stoppedWhileWriting('SIGINT', true)).toEqual({
      code: 3,
      stoppedBy: null,
      left: [],
    });
  });
});
