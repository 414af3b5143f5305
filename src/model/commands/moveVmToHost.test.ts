import { describe, expect, it } from 'vitest';
import type { Design } from '../types';
import type { CommandResult } from './command';
import { runOn, twoHosts } from './fixtures/twoHosts';
import { moveVmToHost } from './moveVmToHost';

const design = twoHosts;
const run = <A>(command: { run: (doc: Design, args: A) => CommandResult }, args: A) =>
  runOn(design, command, args);

describe('moveVmToHost', () => {
  it('changes the host and places the VM inside the new one, keeping its adapters', () => {
    const doc = run(moveVmToHost, { vm: 'web-01', host: 'esx2', at: { x: 30.2, y: 50.7 } });
    expect(doc.vms?.[0]).toEqual({
      id: 'web-01',
      host: 'esx2',
      nics: [{ id: 'web-01-n0', network: 'pg-web' }],
    });
    expect(doc.layout?.['web-01']).toEqual({ x: 30, y: 51, w: 230 });
    expect(doc.vms?.[1]).toBe(design.vms?.[1]);
  });

  it('lets the new host place the VM when no position is given', () => {
    const doc = run(moveVmToHost, { vm: 'web-01', host: 'esx2' });
    expect(doc.layout?.['web-01']).toBeUndefined();
  });

  it('refuses an unknown VM or host, and the host it already runs on', () => {
    expect(moveVmToHost.run(design, { vm: 'nope', host: 'esx2' })).toEqual({
      ok: false,
      reason: 'There is no VM "nope".',
    });
    expect(moveVmToHost.run(design, { vm: 'web-01', host: 'vss0' })).toEqual({
      ok: false,
      reason: 'There is no host "vss0" to move web-01 to.',
    });
    expect(moveVmToHost.run(design, { vm: 'web-01', host: 'esx1' })).toEqual({
      ok: false,
      reason: 'web-01 already runs on esxi-01.',
    });
  });
});
