// Types of the Bilateral tags in Vue templates, for vue-tsc and editors (Vue's own way to type
// custom elements: `GlobalComponents`). Only types: at run time the tags stay custom elements
// (`isCustomElement` in vite.config.ts). They give each tag the element's properties that this
// app binds (checked against the element's own declarations) and type `$event` in
// `@bilateral-load` and `@bilateral-error`.
import type {
  BilateralBalance,
  BilateralDashboard,
  BilateralGrowth,
  ErrorEventDetail,
  LoadEventDetail,
} from '@bilateral/widgets';
import type { DefineComponent, HTMLAttributes } from 'vue';

/**
 * A tag's props: the element's properties `K` (bound as properties: Vue sets a binding as a
 * property when the element has one), `dataset` (the embedded dataset's name: set, the property
 * takes a string; read, it is the element's `DOMStringMap`) and its two events.
 */
type ElementProps<E, K extends keyof E> = HTMLAttributes &
  Partial<Pick<E, K>> & {
    dataset?: string | null;
    onBilateralLoad?: (event: CustomEvent<LoadEventDetail>) => void;
    onBilateralError?: (event: CustomEvent<ErrorEventDetail>) => void;
  };

/** What every element has: its data (`data`, `src`), pair, range, language and theme. */
type Shared = 'data' | 'src' | 'reporter' | 'partner' | 'from' | 'to' | 'locale' | 'theme';

declare module 'vue' {
  interface GlobalComponents {
    'bilateral-dashboard': DefineComponent<
      ElementProps<BilateralDashboard, Shared | 'target' | 'commodity'>
    >;
    'bilateral-growth': DefineComponent<
      ElementProps<BilateralGrowth, Shared | 'measure' | 'chart' | 'commodity' | 'target'>
    >;
    'bilateral-balance': DefineComponent<
      ElementProps<BilateralBalance, Shared | 'period' | 'view' | 'commodity'>
    >;
  }
}
