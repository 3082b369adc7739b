import { describe, expect, it } from 'vitest';
import { fileName } from './file-name.js';

describe('fileName', () => {
  it('drops the accents of Latin letters and joins the words with hyphens', () => {
    expect(fileName('Kim ngạch thương mại Việt Nam – Lào', 'csv')).toBe(
      'kim-ngach-thuong-mai-viet-nam-lao.csv',
    );
    expect(fileName('Cửa khẩu biên giới Việt Nam – Lào', 'xlsx')).toBe(
      'cua-khau-bien-gioi-viet-nam-lao.xlsx',
    );
    expect(fileName('Vietnam–Laos turnover, Jan – Jul 2025', 'png')).toBe(
      'vietnam-laos-turnover-jan-jul-2025.png',
    );
  });

  it('keeps the vowel and tone marks of a Lao title (they are part of its words)', () => {
    expect(fileName('ດຸນການຄ້າ ຫວຽດນາມ – ລາວ, ມ.ກ. – ກ.ລ. 2025', 'xlsx')).toBe(
      'ດຸນການຄ້າ-ຫວຽດນາມ-ລາວ-ມ-ກ-ກ-ລ-2025.xlsx',
    );
    expect(fileName('ມູນຄ່າການຄ້າ', 'csv')).toBe('ມູນຄ່າການຄ້າ.csv');
  });

  it('keeps a Chinese title, and names a title without letters or digits', () => {
    expect(fileName('越南–老挝边境口岸', 'csv')).toBe('越南-老挝边境口岸.csv');
    expect(fileName(' – ', 'svg')).toBe('bilateral.svg');
  });
});
