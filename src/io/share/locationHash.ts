// The page's own address: where a received share link is read from, and
// cleared once handled, so a reload does not offer the same design again.
import type { ValidationResult } from '../../model/validate';
import { readShareHash } from './shareLink';

export const readLocationShare = (): ValidationResult | null => readShareHash(window.location.hash);

export function clearLocationShare(): void {
  const { pathname, search } = window.location;
  // replaceState: no new history entry and no hashchange event.
  window.history.replaceState(window.history.state, '', pathname + search);
}

/** The address to put in front of a share fragment: this page, without a fragment. */
export const pageAddress = (): string => {
  const { origin, pathname, search } = window.location;
  return origin + pathname + search;
};
