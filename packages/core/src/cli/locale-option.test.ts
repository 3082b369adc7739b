import { describe, expect, it } from 'vitest';
import { UsageError } from './cli-io.js';
import { localeOption } from './locale-option.js';

describe('localeOption', () => {
  it('reads a language in any case, as --currency reads a code', () => {
    // "--locale ZH" was refused as an unknown locale, where "--currency vnd" is VND.
    expect(['en', 'vi', 'LO', 'Zh'].map(localeOption)).toEqual(['en', 'vi', 'lo', 'zh']);
  });

  it('points a tag with a region to its language, and refuses any other', () => {
    expect(() => localeOption('zh-CN')).toThrowError(
      new UsageError(
        'unknown locale "zh-CN": did you mean zh? Choose en, vi, lo or zh, without a region',
      ),
    );
    expect(() => localeOption('vi_VN')).toThrowError(/did you mean vi\?/);
    expect(() => localeOption('fr-FR')).toThrowError(
      new UsageError('unknown locale "fr-FR"; choose en, vi, lo or zh'),
    );
    expect(() => localeOption('fr')).toThrowError(
      new UsageError('unknown locale "fr"; choose en, vi, lo or zh'),
    );
  });

  it.each(['zh-Hant', 'zh-TW', 'zh-HK', 'zh_MO', 'zh-Hant-TW', 'ZH-tw', 'zh-hant-hk'])(
    'refuses %s, Traditional Chinese, saying zh is Simplified and not pointing to it',
    (tag) => {
      // It said "did you mean zh?": a reader of Traditional Chinese got Simplified without a word.
      expect(() => localeOption(tag)).toThrowError(
        new UsageError(
          `unknown locale "${tag}": Traditional Chinese is not offered, and zh is Simplified Chinese; choose en, vi, lo or zh`,
        ),
      );
    },
  );

  it.each(['zh-CN', 'zh-SG', 'zh-Hans', 'zh-Hans-HK'])(
    'points %s, Simplified Chinese, to zh',
    (tag) => {
      expect(() => localeOption(tag)).toThrowError(/did you mean zh\?/);
    },
  );
});
