// A refused import: the file is unreadable, hostile or not an inventory. The
// message names the file and says what to do, because it is shown as it is.

export class ImportFailure extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(file ? `${file}: ${message}` : message);
    this.name = 'ImportFailure';
  }
}

export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
