/**
 * The script-tag bundle: `<script type="module" src=".../bilateral-widgets.js">` registers all
 * five elements, with Lit and the parts of `@bilateral/core` they use inside. It runs under a
 * strict Content Security Policy with Trusted Types (no eval, no inline script or style: Lit
 * uses constructable stylesheets and its own `lit-html` Trusted Types policy, and zod/mini
 * never compiles parsers with `new Function`); the browser tests check this.
 */
import './all.js';
