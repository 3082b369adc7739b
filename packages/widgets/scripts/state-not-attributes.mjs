/**
 * A plugin of `@custom-elements-manifest/analyzer`: internal reactive state (`{ state: true }` in
 * Lit's `static properties`, a private field) is no attribute. The analyzer's Lit support reads
 * `state: true` as an ordinary property, so without this the manifest lists `bandLoaded`,
 * `seriesLoaded` and `gaugeLoaded` as attributes that a page could set, and that do nothing.
 *
 * @example
 * ```js
 * // custom-elements-manifest.config.mjs
 * import { stateNotAttributes } from './scripts/state-not-attributes.mjs';
 * export default { litelement: true, plugins: [stateNotAttributes()] };
 * ```
 */
export function stateNotAttributes() {
  return {
    name: 'bilateral: state is no attribute',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules ?? []) {
        for (const declaration of module.declarations ?? []) {
          const hidden = new Set();
          for (const member of declaration.members ?? []) {
            if (member.kind === 'field' && member.privacy === 'private' && 'attribute' in member) {
              hidden.add(member.name);
              delete member.attribute;
            }
          }
          if (hidden.size > 0 && declaration.attributes) {
            declaration.attributes = declaration.attributes.filter(
              (attribute) => !hidden.has(attribute.fieldName),
            );
          }
        }
      }
    },
  };
}
