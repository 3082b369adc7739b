/**
 * Vue's browser build, which the dataset property's test renders with: Vite's dependency
 * optimizer resolves a bare `vue` with Node's conditions here (its CommonJS entry, whose names it
 * cannot see). The development build, so that Vue warns as it does in an app's dev server.
 */
declare module 'vue/dist/vue.runtime.esm-browser.js' {
  export * from 'vue';
}
