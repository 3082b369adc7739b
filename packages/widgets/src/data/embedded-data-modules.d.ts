/** The build's data modules (`dist/data/*.js`, see `embedded-modules.ts`): the compact data. */
declare module '@bilateral/widgets/data/*' {
  const compact: unknown;
  export default compact;
}
