import { expect, test } from 'vitest';
import { wholeMegabytes } from './whole-megabytes.js';

test('bytes in whole MB of 1,048,576 bytes, rounded to the nearest', () => {
  expect([2 ** 29, 2 ** 29 - 24, 1_500_000, 524_287, 524_288, 0].map(wholeMegabytes)).toEqual([
    512, 512, 1, 0, 1, 0,
  ]);
});
