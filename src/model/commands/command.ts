// Every edit is a named, pure command: (document, args) → document, or a
// refusal with a reason a person can act on. The store decides how a command
// enters undo history; commands know nothing of the store.
import type { Design } from '../types';

export type CommandResult = { ok: true; doc: Design } | { ok: false; reason: string };

export interface Command<A> {
  /** Shown in undo history and in error messages: "Connect adapter", "Delete VM". */
  label: string;
  run: (doc: Design, args: A) => CommandResult;
}

export const done = (doc: Design): CommandResult => ({ ok: true, doc });
export const refuse = (reason: string): CommandResult => ({ ok: false, reason });

export function defineCommand<A>(label: string, run: (doc: Design, args: A) => CommandResult): Command<A> {
  return { label, run };
}
