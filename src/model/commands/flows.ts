// Adding a flow; its fields are edited with updateElement and it is removed with
// deleteElements (flow ids are element ids).
import { nextId, usedIds } from '../ids';
import type { Flow } from '../types';
import { checkEdit } from './checkEdit';
import { defineCommand } from './command';

export type AddFlowArgs = Omit<Flow, 'id'>;

export const addFlow = defineCommand<AddFlowArgs>('Add flow', (doc, fields) => {
  const flow: Flow = { id: nextId(usedIds(doc), 'flow'), ...fields };
  return checkEdit(doc, { ...doc, flows: [...(doc.flows ?? []), flow] });
});
