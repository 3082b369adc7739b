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

/** The lines of a Markdown file that are prose, each with its number (code blocks left out). */
function proseLines(text: string): { line: string; number: number }[] {
  let fence: string | undefined;
  return text.split('\n').flatMap((line, index) => {
    const marker = /^\s*(```+|~~~+)/.exec(line)?.[1];
    if (marker !== undefined && (fence === undefined || marker.startsWith(fence))) {
      fence = fence === undefined ? marker : undefined;
      return [];
    }
    return fence === undefined ? [{ line, number: index + 1 }] : [];
  });
}

/** The anchors GitHub gives a Markdown file: one per heading (a repeat gets `-1`, `-2`…), and `<a id>`. */
function anchorsOf(text: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const { line } of proseLines(text)) {
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
  return proseLines(readFileSync(join(root, path), 'utf8')).flatMap(({ line, number }) =>
    [...line.replace(/`[^`]*`/g, '').matchAll(/\]\(([^)\s]+)[^)]*\)|href="([^"]+)"/g)]
      .map((match) => match[1] ?? match[2] ?? '')
      .filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target))
      .map((target) => ({ target, where: `${path}:${number}` })),
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

describe('the guides’ commands', () => {
  /**
   * Commands that pnpm runs itself, or hands to npm, instead of the root script of the same name
   * (`pnpm docs` opens the package's page on npmjs.com): those scripts are run as `pnpm run <name>`.
   */
  const pnpmOwn = ['docs', 'home', 'bugs', 'repo', 'info', 'view', 'version', 'pack', 'publish'];
  const scripts = Object.keys(
    JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts as Record<string, string>,
  );

  it('run a root script that pnpm would take for its own command with `pnpm run`', () => {
    const shadowed = scripts.filter((name) => pnpmOwn.includes(name));
    expect(shadowed).toContain('docs');
    const written = guides.flatMap((path) =>
      readFileSync(join(root, path), 'utf8')
        .split('\n')
        .flatMap((line, index) =>
          shadowed
            .filter((name) => new RegExp(`\\bpnpm ${name}\\b`).test(line))
            .map((name) => `${path}:${index + 1}: pnpm ${name} (write pnpm run ${name})`),
        ),
    );
    expect(written).toEqual([]);
  });
});
