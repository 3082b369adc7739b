import { afterEach, describe, expect, it } from 'vitest';
import { nearestLang } from './language-tag.js';

afterEach(() => document.body.replaceChildren());

/** A `<div>` with the given markup in an open shadow root, in the page; returns the root. */
function host(markup: string, lang?: string): ShadowRoot {
  const element = document.createElement('div');
  if (lang !== undefined) element.lang = lang;
  document.body.append(element);
  const root = element.attachShadow({ mode: 'open' });
  root.innerHTML = markup;
  return root;
}

describe('nearestLang', () => {
  it('reads the element itself first, then its nearest ancestor, an empty lang too', () => {
    document.body.innerHTML =
      '<section lang="vi"><p lang=""><b></b></p><i lang="lo"></i></section>';
    expect(nearestLang(document.querySelector('i') as Element)).toBe('lo');
    // lang="" says the language is unknown: it is the nearest, not the section's Vietnamese.
    expect(nearestLang(document.querySelector('b') as Element)).toBe('');
  });

  it('crosses shadow roots to their host, however deep', () => {
    const outer = host('<div><span id="inner"></span></div>', 'zh');
    const inner = outer.getElementById('inner') as Element;
    const root = inner.attachShadow({ mode: 'open' });
    root.innerHTML = '<em></em>';
    expect(nearestLang(root.querySelector('em') as Element)).toBe('zh');
    expect(nearestLang(inner)).toBe('zh');
  });

  it('takes a lang inside the shadow tree before its host’s', () => {
    const root = host('<div lang="vi"><em></em></div><strong></strong>', 'lo');
    expect(nearestLang(root.querySelector('em') as Element)).toBe('vi');
    expect(nearestLang(root.querySelector('strong') as Element)).toBe('lo');
  });

  it('gives null where no ancestor has one (a detached element, a host without lang)', () => {
    const detached = document.createElement('div');
    detached.innerHTML = '<p></p>';
    expect(nearestLang(detached.querySelector('p') as Element)).toBeNull();
    const lang = document.documentElement.getAttribute('lang');
    document.documentElement.removeAttribute('lang');
    try {
      expect(nearestLang(host('<p></p>').querySelector('p') as Element)).toBeNull();
    } finally {
      if (lang !== null) document.documentElement.setAttribute('lang', lang);
    }
  });
});
