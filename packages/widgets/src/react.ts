/**
 * React components for the five elements (`@lit/react` wrappers), for React 18 and 19: objects
 * go in as properties (`data={dataset}`), and the events come out as `onBilateralLoad` and
 * `onBilateralError`. Importing this module registers the elements. React 19 can also use the
 * tags directly; see docs/widgets.md.
 *
 * @packageDocumentation
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import type { ErrorEventDetail, LoadEventDetail } from './data/dataset-controller.js';
import { BilateralBalance as BalanceElement } from './elements/balance.js';
import { BilateralDashboard as DashboardElement } from './elements/dashboard.js';
import './elements/dashboard.define.js';
import { BilateralGates as GatesElement } from './elements/gates.js';
import { BilateralGrowth as GrowthElement } from './elements/growth.js';
import { BilateralTarget as TargetElement } from './elements/target.js';

const events = {
  onBilateralLoad: 'bilateral-load' as EventName<CustomEvent<LoadEventDetail>>,
  onBilateralError: 'bilateral-error' as EventName<CustomEvent<ErrorEventDetail>>,
};

/**
 * `<bilateral-growth>` as a React component.
 *
 * @example
 * ```tsx
 * import { vietnamLaos } from '@bilateral/core';
 * import { BilateralGrowth } from '@bilateral/widgets/react';
 *
 * // `data` takes a parsed Dataset (or a document, validated). To draw an embedded dataset, name it
 * // (`datasetName="vietnam-laos"`): the core's `vietnamLaos` adds about 62 kB gzipped up front.
 * <BilateralGrowth data={vietnamLaos} measure="exports" chart="bar"
 *   onBilateralLoad={(event) => console.log(event.detail.dataset.id)} />;
 * ```
 */
export const BilateralGrowth = createComponent({
  tagName: 'bilateral-growth',
  elementClass: GrowthElement,
  react: React,
  events,
});

/**
 * `<bilateral-balance>` as a React component.
 *
 * @example
 * ```tsx
 * import { BilateralBalance } from '@bilateral/widgets/react';
 *
 * // An embedded dataset is named with `datasetName` (`dataset` is the element's DOMStringMap).
 * <BilateralBalance datasetName="vietnam-laos" view="series" />;
 * ```
 */
export const BilateralBalance = createComponent({
  tagName: 'bilateral-balance',
  elementClass: BalanceElement,
  react: React,
  events,
});

/**
 * `<bilateral-target>` as a React component.
 *
 * @example
 * ```tsx
 * import { BilateralTarget } from '@bilateral/widgets/react';
 *
 * <BilateralTarget datasetName="vietnam-laos" target="vnm-lao-5-billion" locale="vi" />;
 * ```
 */
export const BilateralTarget = createComponent({
  tagName: 'bilateral-target',
  elementClass: TargetElement,
  react: React,
  events,
});

/**
 * `<bilateral-gates>` as a React component.
 *
 * @example
 * ```tsx
 * import { BilateralGates } from '@bilateral/widgets/react';
 *
 * <BilateralGates datasetName="vietnam-laos" from="2014" to="2024"
 *   onBilateralError={(event) => console.warn(event.detail.reason, event.detail.error.issues)} />;
 * ```
 */
export const BilateralGates = createComponent({
  tagName: 'bilateral-gates',
  elementClass: GatesElement,
  react: React,
  events,
});

/**
 * `<bilateral-dashboard>` as a React component.
 *
 * @example
 * ```tsx
 * import { BilateralDashboard } from '@bilateral/widgets/react';
 *
 * <BilateralDashboard src="/data/my-trade.json" theme="dark" />;
 * ```
 */
export const BilateralDashboard = createComponent({
  tagName: 'bilateral-dashboard',
  elementClass: DashboardElement,
  react: React,
  events,
});
