// What the "Test from here" form holds, as the flow to try and as the flow
// to save. The saved flow keeps only what the user chose (no defaults).
import type { AddFlowArgs } from '../../model/commands/flows';
import type { Flow } from '../../model/types';

/** The id of a tried flow; it never enters the document (saving gives it a fresh one). */
export const PROBE_ID = 'test-from-here';

export function probeArgs(from: string, to: string, service: string): AddFlowArgs {
  const svc = service.trim();
  return { from, to: to.trim(), ...(svc ? { service: svc } : {}) };
}

export const probeFlow = (args: AddFlowArgs): Flow => ({ id: PROBE_ID, ...args });
