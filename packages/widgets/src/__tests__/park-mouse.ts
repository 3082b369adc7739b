/**
 * The widgets' browser setup file: before each test the real mouse leaves the page, so a test
 * starts with nothing under the pointer whatever the previous test or file did with it (a hover
 * left over a chart made the browser send the next file's charts pointer events of its own, and
 * their navigation tests failed in CI: docs/widgets.md, "How it is tested").
 */
import { beforeEach } from 'vitest';
import { commands } from 'vitest/browser';
import './helpers.js';

beforeEach(async () => {
  await commands.parkMouse();
});
