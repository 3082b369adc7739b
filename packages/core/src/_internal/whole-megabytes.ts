/**
 * Sizes in the words of the command's and the fetch's messages about a file or an answer too large
 * to read (`it goes on past 512 MB`). Private to the core.
 *
 * @internal
 */

/**
 * `bytes` in whole MB, a MB being 1,048,576 bytes (MiB), rounded to the nearest.
 *
 * @example
 * ```ts
 * wholeMegabytes(2 ** 29); //=> 512
 * wholeMegabytes(1_500_000); //=> 1
 * ```
 */
export const wholeMegabytes = (bytes: number): number => Math.round(bytes / 1024 / 1024);
