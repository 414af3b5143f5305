import type { LinkStatus } from '../../engine/types';

/** A short stretch of link drawn with the edges' own classes (canvas.css), so it always matches them. */
export function StatusSwatch({ status }: { status: LinkStatus }) {
  return (
    <svg className="vnet-swatch" width="28" height="8" viewBox="0 0 28 8" aria-hidden="true">
      <line x1="1" y1="4" x2="27" y2="4" className={`vnet-link vnet-link-${status}`} />
    </svg>
  );
}
