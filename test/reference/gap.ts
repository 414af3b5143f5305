// Where MODEL.md is silent or allows two readings, the reference does not guess:
// it throws a SpecGap naming the question. The property test then leaves that
// aspect (one flow, one problem code, one link, or the whole design) out of the
// comparison, and counts how often it did so.

export class SpecGap extends Error {
  constructor(readonly question: string) {
    super(`spec gap: ${question}`);
    this.name = 'SpecGap';
  }
}

export function gap(question: string): never {
  throw new SpecGap(question);
}

/** Runs `fn`; a SpecGap becomes `{ gap }`, any other error is rethrown (a bug in the reference). */
export function tryGap<T>(fn: () => T): { value: T } | { gap: string } {
  try {
    return { value: fn() };
  } catch (error) {
    if (error instanceof SpecGap) return { gap: error.question };
    throw error;
  }
}
