/**
 * A record's own value for a key that came from input, never one inherited from
 * `Object.prototype`: `ownValue({}, 'constructor')` is `undefined`, not `Object`.
 *
 * @internal
 */
export function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/**
 * Sets a record's own value for a key that came from input, as a plain data property even for
 * `'__proto__'` (where `record[key] = value` would replace the record's prototype instead).
 *
 * @internal
 */
export function setOwnValue<T>(record: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(record, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}
