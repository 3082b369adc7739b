// A TypeDoc plugin (`plugin` in typedoc.json) that makes the API site follow the packages'
// `exports`: each entry a package's typedoc.json lists is a module named as a developer imports it
// (`@bilateral/core/calc`, `@bilateral/widgets/growth`), the root entry (`.`) is the package's own
// page, a symbol that several entries export is documented once, on the root entry's page when the
// root exports it, and each symbol's page says every entry it can be imported from.
//
// TypeDoc converts each package with its own typedoc.json (entryPointStrategy "packages" at the
// root) and names a package's modules by their file paths (`growth/rate-digits`,
// `elements/growth.define`); a symbol is documented in the entry whose file declares it, or else in
// the first entry that exports it, and every other entry that exports it gets a reference
// ("Re-exports rateDigits"). An entry's name comes from package.json: the export whose
// `@bilateral/source` condition is the entry's file. An entry whose file has no module comment,
// and each JSON file a package exports, has its page's description from docs/api-entries.md.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  Comment,
  CommentTag,
  Converter,
  DeclarationReflection,
  JSX,
  KindRouter,
  MinimalSourceFile,
  normalizePath,
  PageEvent,
  ReferenceReflection,
  ReflectionKind,
  RendererEvent,
  Slugger,
} from 'typedoc';
import {
  DESCRIPTIONS,
  descriptionProblems,
  descriptionSections,
  jsonEntries,
} from './site-entries.mjs';

const SOURCE = '@bilateral/source';

/** The package.json nearest above `file`, with the directory it is in. */
const packageOf = (file) => {
  for (let dir = dirname(file); dir !== dirname(dir); dir = dirname(dir)) {
    try {
      return { dir, manifest: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) };
    } catch (error) {
      if (error.code !== 'ENOENT') throw error;
    }
  }
  return undefined;
};

/**
 * The specifier a developer imports `file` with (`@bilateral/core/calc`), from its package's
 * exports, and whether it is the package's root entry.
 */
const specifierOf = (file) => {
  const found = packageOf(file);
  if (found === undefined) return undefined;
  const { dir, manifest } = found;
  for (const [key, conditions] of Object.entries(manifest.exports ?? {})) {
    const source = typeof conditions === 'object' ? conditions[SOURCE] : undefined;
    if (source !== undefined && resolve(dir, source) === resolve(file)) {
      return { specifier: `${manifest.name}${key.slice(1)}`, root: key === '.' };
    }
  }
  return undefined;
};

/** The file that describes the entries a module comment cannot (see its opening). */
const DESCRIPTIONS_FILE = normalizePath(
  fileURLToPath(new URL(`../${DESCRIPTIONS}`, import.meta.url)),
);

/** The sections of {@link DESCRIPTIONS_FILE}, read once a run. */
let sections;
/** Each entry given a description, by specifier, and whether its file has a module comment. */
const entriesSeen = [];

/**
 * Gives each of a package's entries without a module comment its description from
 * {@link DESCRIPTIONS_FILE}, and each JSON file of its `exports` (`./dataset.schema.json`; not
 * `./package.json`) a module of its own with its description, and returns those modules. What is
 * wrong with the descriptions is said once every package is converted ({@link warnOfDescriptions}).
 */
const describeEntries = (context, modules, manifest) => {
  sections ??= descriptionSections(readFileSync(DESCRIPTIONS_FILE, 'utf8'));
  const project = context.project;
  const jsonModules = jsonEntries(manifest).map((name) => {
    const module = new DeclarationReflection(name, ReflectionKind.Module, project);
    project.registerReflection(module, undefined, undefined);
    project.addChild(module);
    return module;
  });
  for (const module of [...modules, ...jsonModules]) {
    const commented = (module.comment?.summary.length ?? 0) > 0;
    entriesSeen.push({ name: module.name, commented });
    const text = sections.find(({ entry }) => entry === module.name)?.text;
    if (commented || text === undefined) continue;
    const { content } = context.converter.parseRawComment(
      new MinimalSourceFile(text, DESCRIPTIONS_FILE),
      project.files,
    );
    module.comment ??= new Comment();
    module.comment.summary = content;
  }
  return jsonModules;
};

/**
 * Warns (which fails the site) of an entry with no description or two, and of a section of
 * {@link DESCRIPTIONS_FILE} that no entry of the packages took.
 */
const warnOfDescriptions = (app) => {
  for (const problem of descriptionProblems(sections ?? [], entriesSeen)) app.logger.warn(problem);
  // A run in watch mode reads the file again and sees its entries anew.
  sections = undefined;
  entriesSeen.length = 0;
};

/** Moves `child` from its parent to `parent`, in the parent's children and the project's index. */
const moveTo = (project, child, parent) => {
  const from = child.parent;
  from.removeChild(child);
  const ids = project.reflectionChildren.get(from.id);
  ids.splice(ids.indexOf(child.id), 1);
  child.parent = parent;
  parent.addChild(child);
  project.reflectionChildren.get(parent.id).push(child.id);
};

/**
 * Names a package's modules by their entries, makes the root entry the package's page, and moves
 * each symbol the root entry exports onto it (a file that declares a symbol, such as
 * `growth/rate-digits.ts`, would otherwise keep it, and the root's page list it as a re-export,
 * outside its category).
 */
const nameEntries = (app, context) => {
  const project = context.project;
  const modules = (project.children ?? []).filter((child) => child.kindOf(ReflectionKind.Module));
  let root;
  let found;
  for (const module of modules) {
    const file = context
      .getSymbolFromReflection(module)
      ?.declarations?.[0]?.getSourceFile().fileName;
    const entry = file === undefined ? undefined : specifierOf(file);
    if (entry === undefined) {
      app.logger.warn(`The entry point ${module.name} (${file}) is no export of its package.json`);
      continue;
    }
    found ??= packageOf(file);
    if (entry.root) root = module;
    else module.name = entry.specifier;
  }
  if (root === undefined) return;
  modules.push(
    ...describeEntries(
      context,
      modules.filter((module) => module !== root),
      found.manifest,
    ),
  );
  for (const reference of [...(root.children ?? [])]) {
    if (!(reference instanceof ReferenceReflection)) continue;
    const target = reference.tryGetTargetReflection();
    if (target === undefined || target instanceof ReferenceReflection || target.parent === root)
      continue;
    const owner = target.parent;
    moveTo(project, reference, owner);
    moveTo(project, target, root);
    [reference.name, target.name] = [target.name, reference.name];
  }
  // A package that groups its page by category (the core) lists its other entries in one too.
  const categorized = root.comment?.blockTags.some((tag) => tag.tag === '@categoryDescription');
  if (categorized) {
    for (const module of modules) {
      if (module === root) continue;
      module.comment ??= new Comment();
      module.comment.blockTags.push(new CommentTag('@category', [{ kind: 'text', text: ENTRIES }]));
    }
    root.comment.blockTags.push(
      new CommentTag('@categoryDescription', [
        {
          kind: 'text',
          text: `${ENTRIES}\nThe package's other entries, each imported by its own path: a part of the root entry's symbols for a smaller bundle, or symbols the root entry does not export. Each symbol's page says every entry that exports it.`,
        },
      ]),
    );
  }
  project.comment = root.comment;
  project.mergeReflections(root, project);
};

const ENTRIES = 'Entries';

const TYPE_ONLY = ReflectionKind.Interface | ReflectionKind.TypeAlias;

/**
 * Names each guide (`projectDocuments`) by its first heading ("Calculations: growth, balance and
 * targets"), not its path ("docs/calculations").
 */
const nameDocuments = (project) => {
  for (const document of project.documents ?? []) {
    documentFiles.set(document, document.name.replace(/^docs\//, '').replaceAll('/', '_'));
    const heading = document.content
      .map((part) => part.text)
      .join('')
      .match(/^# (.+)$/m)?.[1];
    if (heading !== undefined) document.name = heading.replaceAll('`', '');
  }
};

/** Each guide's file name, without `docs/` and `.md` (`calculations`, `examples_embed_README`). */
const documentFiles = new WeakMap();

/**
 * TypeDoc's router (`kind`), but a guide's page is named by its file (`documents/calculations.html`),
 * not by its title (`documents/Calculations__growth,_balance_and_targets.html`).
 */
class GuidesRouter extends KindRouter {
  getIdealBaseName(reflection) {
    const file = documentFiles.get(reflection);
    return file === undefined ? super.getIdealBaseName(reflection) : `documents/${file}`;
  }
}

/**
 * Adds an "Import from" block to each exported symbol: one `import` line for each entry that
 * exports it, under the name that entry gives it.
 */
const addImports = (project) => {
  const imports = new Map();
  const add = (target, module, name) => {
    if (!imports.has(target)) imports.set(target, []);
    imports.get(target).push({ module, name });
  };
  const walk = (container, module) => {
    for (const child of container.children ?? []) {
      if (child.kindOf(ReflectionKind.Module)) {
        walk(child, child.name);
      } else if (child instanceof ReferenceReflection) {
        const target = child.tryGetTargetReflectionDeep();
        if (target !== undefined) add(target, module, child.name);
      } else {
        add(child, module, child.name);
      }
    }
  };
  walk(project, project.name);
  for (const [target, entries] of imports) {
    const keyword = target.kindOf(TYPE_ONLY) ? 'import type' : 'import';
    const lines = entries
      .sort((a, b) => a.module.localeCompare(b.module))
      .map(({ module, name }) =>
        name === target.name
          ? `${keyword} { ${name} } from '${module}';`
          : `${keyword} { ${name} } from '${module}'; // the same as ${target.name}`,
      );
    const text = ['```ts', ...lines, '```'].join('\n');
    target.comment ??= new Comment();
    target.comment.blockTags.unshift(new CommentTag('@importFrom', [{ kind: 'code', text }]));
  }
};

/**
 * Reads the guides' Markdown as GitHub does, for which they were written: only an address with its
 * scheme is a link, and each inline code span of a heading is part of the heading's anchor (TypeDoc
 * makes an anchor of a heading's text without its code: ``### `selectFlows` and `buildSeries` ``
 * was `#and`, where GitHub has `#selectflows-and-buildseries`).
 */
const markdownAsOnGitHub = (parser) => {
  // A file's name in the text ("performance.md", "DOMAIN.md") is no address of a site in Moldova.
  parser.linkify.set({ fuzzyLink: false });
  parser.core.ruler.push('bilateral_heading_code_text', (state) => {
    state.tokens.forEach((token, index) => {
      if (token.type !== 'heading_open') return;
      for (const child of state.tokens[index + 1].children ?? []) {
        if (child.type !== 'code_inline') continue;
        const text = new state.Token('text', '', 0);
        text.content = child.content;
        child.children = [text];
      }
    });
  });
};

/**
 * Makes an anchor of a heading as GitHub does, for which the guides' links were written: its text
 * without punctuation and symbols (`A page, CPU throttled 4×` is `#a-page-cpu-throttled-4`, where
 * TypeDoc kept the `×`), each space a hyphen.
 */
const githubAnchors = () => {
  Slugger.prototype.serialize = (value) =>
    value
      .trim()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '')
      .replace(/ /g, '-') || '_';
};

/**
 * An entry's name in the pieces a line may break between: after each `/` and before each `.`
 * (`@bilateral/`, `core/`, `dataset`, `.schema`, `.json`), so that a narrow line breaks it between
 * the parts of its path, never inside a word ("dataset.sc" over "hema.json").
 *
 * @param {string} name
 * @returns {string[]}
 */
export const entryNameParts = (name) => name.split(/(?<=\/)(?=.)|(?=\.)/);

/**
 * Lets a page's title break only between the parts of an entry's name ({@link entryNameParts}:
 * `@bilateral/<wbr>core/<wbr>dataset<wbr>.schema<wbr>.json`): at 390 px "Module
 * @bilateral/widgets/growth" does not fit a line, and the title broke where the line ended
 * ("@bilateral/widgets/gro" over "wth").
 */
export const breakableTitle = (page) => {
  page.contents = page.contents?.replace(
    /<h1>(Module )?(@bilateral\/[^<]*)<\/h1>/,
    (_, kind = '', name) => `<h1>${kind}${entryNameParts(name).join('<wbr>')}</h1>`,
  );
};

/**
 * Runs in the site's pages, written into {@link SIDEBAR_SCRIPT} with `parts` =
 * {@link entryNameParts}: puts a `<wbr>` between the parts of each entry's name in the sidebar, so
 * that the name breaks there, as the title does, and each part in a span the site's stylesheet
 * keeps on one line (`rate-digits` is not broken after its hyphen, which would read as a word
 * hyphenated). TypeDoc's own script builds the sidebar in the
 * page from `navigation.js`, after the page has loaded, and breaks a name only inside camelCase
 * and after `_` or `-`: the site's stylesheet then broke `@bilateral/core/dataset.schema.json`
 * wherever the line ended ("dataset.sc" over "hema.json" at 1200 px, "provin" over "ces" at 390).
 * Each name is broken once (a `data-parts` mark), whenever the sidebar is built.
 *
 * @param {(name: string) => string[]} parts
 */
export function breakSidebarNames(parts) {
  const container = document.getElementById('tsd-nav-container');
  if (container === null) return;
  const apply = () => {
    for (const span of container.querySelectorAll('a > span:not([data-parts])')) {
      const name = span.textContent ?? '';
      if (!name.startsWith('@bilateral/')) continue;
      span.dataset.parts = '';
      span.replaceChildren(
        ...parts(name).flatMap((part, index) => {
          const piece = document.createElement('span');
          piece.className = 'bilateral-entry-part';
          piece.textContent = part;
          return index === 0 ? [piece] : [document.createElement('wbr'), piece];
        }),
      );
    }
  };
  apply();
  new MutationObserver(apply).observe(container, { childList: true, subtree: true });
}

/** The file of the site's assets that holds {@link breakSidebarNames}. */
export const SIDEBAR_SCRIPT = 'entry-names.js';

/** The text of {@link SIDEBAR_SCRIPT}: {@link breakSidebarNames} called with {@link entryNameParts}. */
export const sidebarScript = () => `(${breakSidebarNames})(${entryNameParts});\n`;

/** @param {import('typedoc').Application} app */
export function load(app) {
  githubAnchors();
  app.renderer.defineRouter('bilateral-guides', GuidesRouter);
  // After TypeDoc's own listener, which makes the parser for the render (`setupParser`).
  app.renderer.on('beginRender', () => markdownAsOnGitHub(app.renderer.markedPlugin.parser), -100);
  app.renderer.on(PageEvent.END, breakableTitle);
  app.renderer.hooks.on('head.end', (context) =>
    JSX.createElement('script', {
      defer: true,
      src: context.relativeURL(`assets/${SIDEBAR_SCRIPT}`, true),
    }),
  );
  app.renderer.on(RendererEvent.END, (event) => {
    const assets = join(event.outputDirectory, 'assets');
    mkdirSync(assets, { recursive: true });
    writeFileSync(join(assets, SIDEBAR_SCRIPT), sidebarScript());
  });
  app.internationalization.addTranslations('en', { tag_importFrom: 'Import from' });
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => nameEntries(app, context), 2e4);
  app.on('reviveProject', (project) => {
    warnOfDescriptions(app);
    addImports(project);
    nameDocuments(project);
  });
}
