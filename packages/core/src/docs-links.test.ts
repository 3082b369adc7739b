import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The guides a newcomer reads (the README, docs/*.md, each example's and each package's README)
 * and the links between them. Paths are relative to the repository's root.
 */
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const readmesIn = (folder: string) =>
  readdirSync(join(root, folder))
    .map((name) => `${folder}/${name}/README.md`)
    .filter((path) => existsSync(join(root, path)));
const guides = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
  ...readmesIn('examples'),
  ...readmesIn('packages'),
];

/**
 * The lines of a Markdown text but its fences, each with its number and the language of the
 * fenced block that holds it (`''` for none; `undefined` for prose).
 */
function linesOf(text: string): { line: string; number: number; block: string | undefined }[] {
  let fence: string | undefined;
  let block: string | undefined;
  return text.split('\n').flatMap((line, index) => {
    const [, marker, lang] = /^\s*(```+|~~~+)(\w*)/.exec(line) ?? [];
    if (marker !== undefined && (fence === undefined || marker.startsWith(fence))) {
      [fence, block] = fence === undefined ? [marker, lang] : [undefined, undefined];
      return [];
    }
    return [{ line, number: index + 1, block }];
  });
}

/** A guide's {@link linesOf}, each with where it is (`docs/cli.md:12`). */
const guideLines = (path: string) =>
  linesOf(readFileSync(join(root, path), 'utf8')).map((line) => ({
    ...line,
    where: `${path}:${line.number}`,
  }));

/** The anchors GitHub gives a Markdown file: one per heading (a repeat gets `-1`, `-2`…), and `<a id>`. */
function anchorsOf(text: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const { line, block } of linesOf(text)) {
    if (block !== undefined) continue;
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line)?.[1];
    if (heading !== undefined) {
      const slug = heading
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .toLowerCase()
        .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
        .replace(/ /g, '-');
      const repeats = seen.get(slug) ?? 0;
      seen.set(slug, repeats + 1);
      anchors.add(repeats === 0 ? slug : `${slug}-${repeats}`);
    }
    for (const [, id] of line.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) anchors.add(id ?? '');
  }
  return anchors;
}

/** Every relative link of a guide (`[text](target)`, `href="target"`), with where it is. */
function relativeLinks(path: string): { target: string; where: string }[] {
  return guideLines(path)
    .filter(({ block }) => block === undefined)
    .flatMap(({ line, where }) =>
      [...line.replace(/`[^`]*`/g, '').matchAll(/\]\(([^)\s]+)[^)]*\)|href="([^"]+)"/g)]
        .map((match) => match[1] ?? match[2] ?? '')
        .filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target))
        .map((target) => ({ target, where })),
    );
}

/** What is wrong with a link, or undefined when its file (and its anchor, in Markdown) exist. */
function brokenLink(from: string, target: string): string | undefined {
  const [file = '', anchor] = target.split('#');
  const path = file === '' ? join(root, from) : resolve(dirname(join(root, from)), decodeURI(file));
  if (!existsSync(path)) return `no file ${relative(root, path)}`;
  if (anchor === undefined || !path.endsWith('.md') || !statSync(path).isFile()) return undefined;
  return anchorsOf(readFileSync(path, 'utf8')).has(decodeURIComponent(anchor))
    ? undefined
    : `no heading #${anchor} in ${relative(root, path)}`;
}

describe('the guides’ links', () => {
  it('finds the guides and their links', () => {
    expect(guides).toContain('docs/cli.md');
    expect(guides).toContain('examples/embed/README.md');
    expect(guides.flatMap(relativeLinks).length).toBeGreaterThan(200);
  });

  it('slugs headings as GitHub does', () => {
    const anchors = anchorsOf(
      '# The `bilateral` command\n## 5. Commodity indicators\n## Notes\n```\n## not a heading\n```\n## Notes\n<a id="kept"></a>',
    );
    expect([...anchors]).toEqual([
      'the-bilateral-command',
      '5-commodity-indicators',
      'notes',
      'notes-1',
      'kept',
    ]);
  });

  it('tells a missing file and a missing heading from a good link', () => {
    expect(brokenLink('README.md', 'docs/cli.md#exit-codes')).toBeUndefined();
    expect(brokenLink('README.md', 'docs/cli.md#no-such-heading')).toBe(
      'no heading #no-such-heading in docs/cli.md',
    );
    expect(brokenLink('docs/cli.md', '../no-such-file.md')).toBe('no file no-such-file.md');
  });

  it('point to files that exist and headings those files have', () => {
    const broken = guides.flatMap(relativeLinks).flatMap(({ target, where }) => {
      const problem = brokenLink(where.split(':')[0] ?? '', target);
      return problem === undefined ? [] : [`${where}: ${target}: ${problem}`];
    });
    expect(broken).toEqual([]);
  });
});

/** The workspace's packages by name, with their scripts. */
const workspaceScripts = new Map<string, string[]>(
  ['packages', 'examples'].flatMap((folder) =>
    readdirSync(join(root, folder))
      .map((name) => join(root, folder, name, 'package.json'))
      .filter((path) => existsSync(path))
      .map((path) => {
        const manifest = JSON.parse(readFileSync(path, 'utf8'));
        return [manifest.name as string, Object.keys(manifest.scripts ?? {})] as const;
      }),
  ),
);

/**
 * The pnpm commands a guide shows, from `pnpm` on (also after `npx pnpm@…`): its inline code
 * and the lines of its ```sh blocks.
 */
function pnpmCommands(path: string): { words: string[]; where: string }[] {
  const commands: { words: string[]; where: string }[] = [];
  for (const { line, where, block } of guideLines(path)) {
    const pieces =
      block === 'sh'
        ? line.split(/&&|;|\|/)
        : Array.from(line.matchAll(/`([^`]+)`/g), (m) => m[1] ?? '');
    for (const piece of pieces) {
      const words = /(?:^|\s)pnpm(?:@\S+)? (.*)$/
        .exec(piece.replace(/#.*$/, ''))?.[1]
        ?.trim()
        .split(/\s+/);
      if (words !== undefined && words.length > 0) commands.push({ words, where });
    }
  }
  return commands;
}

/** The root package.json's scripts. */
const rootScripts = Object.keys(
  JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts as Record<string, string>,
);

/** What is wrong with a pnpm command run at the repository's root, or undefined. */
function wrongCommand(words: readonly string[]): string | undefined {
  const [first = '', second = '', third = ''] = words;
  if (first === '--filter') {
    const scripts = workspaceScripts.get(second);
    if (scripts === undefined) return `no workspace package ${second}`;
    return third === 'exec' || scripts.includes(third)
      ? undefined
      : `${second} has no script ${third}`;
  }
  const script = first === 'run' ? second : first;
  if (['exec', 'install', 'dlx', 'pack', 'add'].includes(first) || rootScripts.includes(script))
    return undefined;
  return `the root package.json has no script ${script}`;
}

describe('the guides’ commands', () => {
  it('find the pnpm commands of a guide', () => {
    expect(pnpmCommands('README.md').map(({ words }) => words.join(' '))).toContain('run docs');
    expect(guides.flatMap(pnpmCommands).length).toBeGreaterThan(200);
    expect(wrongCommand(['--filter', '@bilateral/widgets', 'size'])).toBeUndefined();
    expect(wrongCommand(['--filter', '@bilateral/widgets', 'nope'])).toBe(
      '@bilateral/widgets has no script nope',
    );
    expect(wrongCommand(['reserve'])).toBe('the root package.json has no script reserve');
  });

  it('name scripts that exist (a package’s through --filter, at the root)', () => {
    const wrong = ['README.md', ...guides.filter((path) => path.startsWith('docs/'))].flatMap(
      (path) =>
        pnpmCommands(path).flatMap(({ words, where }) => {
          const problem = wrongCommand(words);
          return problem === undefined ? [] : [`${where}: pnpm ${words.join(' ')}: ${problem}`];
        }),
    );
    expect(wrong).toEqual([]);
  });

  it('run our commands with npx only where they are installed (--no) or named (--package)', () => {
    // A bare `npx bilateral` or `npx bilateral-embed` asks the registry for a package of that
    // name, which is not ours, where ours is not installed (docs/cli.md, "Running it").
    const bare = guides.flatMap((path) =>
      guideLines(path)
        .filter(
          ({ line, block }) =>
            block === 'sh' && /\bnpx (?:--yes )?bilateral(?:-embed)?\b/.test(line),
        )
        .map(({ line, where }) => `${where}: ${line.trim()}`),
    );
    expect(bare).toEqual([]);
  });

  it('run a root script that pnpm would take for its own command with `pnpm run`', () => {
    // Commands that pnpm runs itself, or hands to npm, instead of the root script of the same
    // name (`pnpm docs` opens the package's page on npmjs.com): run as `pnpm run <name>`.
    const pnpmOwn = ['docs', 'home', 'bugs', 'repo', 'info', 'view', 'version', 'pack', 'publish'];
    const shadowed = rootScripts.filter((name) => pnpmOwn.includes(name));
    expect(shadowed).toContain('docs');
    const written = guides.flatMap((path) =>
      guideLines(path).flatMap(({ line, where }) =>
        shadowed
          .filter((name) => new RegExp(`\\bpnpm ${name}\\b`).test(line))
          .map((name) => `${where}: pnpm ${name} (write pnpm run ${name})`),
      ),
    );
    expect(written).toEqual([]);
  });
});
