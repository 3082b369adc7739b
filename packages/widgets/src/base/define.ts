/**
 * Registers a custom element unless the name is taken — so loading the script-tag bundle twice,
 * or a registering entry next to the bundle, does not throw.
 */
export function define(name: string, element: CustomElementConstructor): void {
  if (customElements.get(name) === undefined) customElements.define(name, element);
}
