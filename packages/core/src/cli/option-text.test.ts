import { expect, test } from 'vitest';
import { UsageError } from './cli-io.js';
import { optionText } from './option-text.js';

test('the text of an option as given, undefined when not given', () => {
  expect(optionText({ title: ' Vietnam–Laos ' }, 'title')).toBe(' Vietnam–Laos ');
  expect(optionText({ id: 'x' }, 'title')).toBeUndefined();
});

test.each([[''], [' \t'], [true], [['a', 'b']]])('%j: --title needs a value', (value) => {
  const read = () => optionText({ title: value }, 'title');
  expect(read).toThrow(UsageError);
  expect(read).toThrow('--title needs a value');
});
