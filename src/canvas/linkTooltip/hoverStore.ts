// Which link the pointer is over, and where. Kept outside React state so that
// pointer moves re-render the tooltip alone, never the canvas.

export interface LinkHover {
  id: string;
  /** For a bundle of a collapsed host's links: all of them (edgeBundles.ts). */
  links?: readonly string[];
  /** Pointer position in viewport (client) coordinates. */
  x: number;
  y: number;
}

export interface HoverStore {
  get: () => LinkHover | null;
  set: (hover: LinkHover | null) => void;
  subscribe: (listener: () => void) => () => void;
}

export function createHoverStore(): HoverStore {
  let current: LinkHover | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set: (hover) => {
      if (hover === current) return;
      current = hover;
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
