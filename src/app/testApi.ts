// window.__vnet: the programmatic door that tests and power users rely on, in
// every build. loadDocument validates exactly like an import and never
// touches the open design when it refuses.
import { validateDesign } from '../model/validate';
import type { Design, ValidationError } from '../model/types';
import type { AppStore } from '../store/createAppStore';

export interface VnetApi {
  getDocument: () => Design;
  loadDocument: (doc: unknown) => { ok: true } | { ok: false; errors: ValidationError[] };
  /** Selects elements by id, as a click on the canvas would. */
  select: (ids: string[]) => void;
}

declare global {
  interface Window {
    __vnet?: VnetApi & Record<string, unknown>;
  }
}

export function createTestApi(store: AppStore): VnetApi {
  return {
    getDocument: () => structuredClone(store.getState().doc),
    loadDocument: (input) => {
      const result = validateDesign(structuredClone(input));
      if (!result.ok) return { ok: false, errors: result.errors };
      store.getState().replaceDocument(result.doc, 'Load design');
      return { ok: true };
    },
    select: (ids) => store.getState().select([...ids]),
  };
}

/** Later features add their own members (getEvaluation, whenEvaluated, ...). */
export function installTestApi(store: AppStore, extra: Record<string, unknown> = {}): void {
  window.__vnet = { ...window.__vnet, ...createTestApi(store), ...extra };
}
