import { css } from 'lit';

/**
 * The error state's alert: in the colours of a failure (`--_bad`, shared: `tokens.ts`), in the
 * middle of the figure's reserved height at the size of its text. Adopted into an element's shadow root with its first alert
 * (they load with it, in the chunk of `base/failure-alert.ts`).
 */
export const alertStyles = css`
  [role='alert'] {
    color: var(--_bad);
    background: var(--_bad-background);
    margin-block: auto;
    align-self: center;
  }
`;
