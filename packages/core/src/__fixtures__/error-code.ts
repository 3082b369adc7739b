/** The `code` of the error a call throws, or `'no error'`: lets a test assert codes in a table. */
export const errorCode = (call: () => unknown): string | undefined => {
  try {
    call();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return 'no error';
};
