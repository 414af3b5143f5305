// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { ReactFlowProvider } from '@xyflow/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { FlowResult } from '../../engine/types';
import { defineCommand, done } from '../../model/commands/command';
import type { Design, Flow } from '../../model/types';
import { createAppStore, type AppStore } from '../../store/createAppStore';
import { StoreProvider } from '../../store/StoreProvider';
import { createProbeBridge } from './probeBridge';
import { PROBE_ID } from './probeDraft';
import { TestFromHereButton } from './TestFromHereButton';
import { TestFromHereProvider } from './TestFromHereProvider';

afterEach(cleanup);

const design: Design = {
  format: 'vnet-design',
  version: 1,
  hosts: [{ id: 'esx1' }],
  switches: [{ id: 'vss0', type: 'standard', host: 'esx1' }],
  portGroups: [{ id: 'pg', switch: 'vss0' }],
  vms: [
    { id: 'web-01', host: 'esx1', nics: [{ id: 'web-01-n0', network: 'pg', ip: '10.0.0.1/24' }] },
    { id: 'web-02', host: 'esx1', nics: [{ id: 'web-02-n0', network: 'pg', ip: '10.0.0.2/24' }] },
  ],
};

const rename = defineCommand('Rename design', (doc, name: string) => done({ ...doc, name }));

interface Pending {
  flow: Flow;
  resolve: (result: FlowResult) => void;
}

function answer(flow: Flow, verdict: FlowResult['verdict']): FlowResult {
  return {
    id: flow.id,
    verdict,
    reason: verdict === 'allowed' ? '' : 'firewall',
    at: 'web-02-n0',
    expected: 'allow',
    pass: verdict === 'allowed',
    message: `${flow.from} → ${flow.to}: ${verdict}`,
    hops: [{ element: 'web-01-n0', kind: 'adapter', note: 'sends icmp' }],
    links: ['nic:web-01-n0'],
  };
}

function setup(): { store: AppStore; pending: Pending[] } {
  const store = createAppStore(design);
  const pending: Pending[] = [];
  const probes = createProbeBridge();
  probes.connect({ probe: (flow) => new Promise((resolve) => pending.push({ flow, resolve })) });
  render(
    <StoreProvider store={store}>
      <ReactFlowProvider>
        <TestFromHereProvider probes={probes}>
          <TestFromHereButton vm="web-01" />
        </TestFromHereProvider>
      </ReactFlowProvider>
    </StoreProvider>,
  );
  return { store, pending };
}

async function runTo(to: string) {
  fireEvent.change(screen.getByTestId('test-from-here.to'), { target: { value: to } });
  fireEvent.click(screen.getByTestId('test-from-here.run'));
}

const settle = async (p: Pending, verdict: FlowResult['verdict']) =>
  act(async () => p.resolve(answer(p.flow, verdict)));

describe('Test from here', () => {
  it('tries the flow without saving it, shows the verdict and highlights its path', async () => {
    const { store, pending } = setup();
    const doc = store.getState().doc;
    fireEvent.click(screen.getByTestId('test-from-here'));
    await runTo('web-02');
    expect(pending.map((p) => p.flow)).toEqual([{ id: PROBE_ID, from: 'web-01', to: 'web-02' }]);
    await settle(pending[0]!, 'blocked');
    expect(screen.getByTestId('test-from-here.verdict').getAttribute('data-verdict')).toBe('blocked');
    expect(screen.getByTestId('test-from-here.message').textContent).toBe('web-01 → web-02: blocked');
    expect(screen.getAllByTestId('trace-hop')).toHaveLength(1);
    expect(store.getState().doc).toBe(doc);
    expect(store.getState().past).toHaveLength(0);
    expect(store.getState().highlight).toMatchObject({ kind: 'probe', result: { verdict: 'blocked' } });
  });

  it('refuses to run towards something that is not a flow end', async () => {
    const { pending } = setup();
    fireEvent.click(screen.getByTestId('test-from-here'));
    fireEvent.change(screen.getByTestId('test-from-here.to'), { target: { value: 'pg' } });
    expect(screen.getByTestId('test-from-here.to.error').textContent).toMatch(/portGroup/);
    expect((screen.getByTestId('test-from-here.run') as HTMLButtonElement).disabled).toBe(true);
    expect(pending).toHaveLength(0);
  });

  it('shows the answer to the latest run only', async () => {
    const { pending } = setup();
    fireEvent.click(screen.getByTestId('test-from-here'));
    await runTo('web-02');
    await runTo('10.0.0.2');
    await settle(pending[1]!, 'allowed');
    await settle(pending[0]!, 'blocked');
    expect(screen.getByTestId('test-from-here.verdict').getAttribute('data-verdict')).toBe('allowed');
    expect(screen.getByTestId('test-from-here.message').textContent).toBe('web-01 → 10.0.0.2: allowed');
  });

  it('"Save as flow" adds the tried flow as one undo step, once', async () => {
    const { store, pending } = setup();
    fireEvent.click(screen.getByTestId('test-from-here'));
    fireEvent.change(screen.getByTestId('test-from-here.service'), { target: { value: 'tcp/443' } });
    await runTo('web-02');
    await settle(pending[0]!, 'allowed');
    fireEvent.click(screen.getByTestId('test-from-here.save'));
    expect(store.getState().doc.flows).toEqual([
      { id: 'flow-01', from: 'web-01', to: 'web-02', service: 'tcp/443' },
    ]);
    expect(store.getState().past).toHaveLength(1);
    expect(screen.getByTestId('test-from-here.saved').textContent).toContain('flow-01');
    expect((screen.getByTestId('test-from-here.save') as HTMLButtonElement).disabled).toBe(true);
    act(() => store.getState().undo());
    expect(store.getState().doc.flows).toBeUndefined();
  });

  it('tries the same flow again after an edit, and keeps the highlight only if it still has it', async () => {
    const { store, pending } = setup();
    fireEvent.click(screen.getByTestId('test-from-here'));
    await runTo('web-02');
    await settle(pending[0]!, 'blocked');
    act(() => store.getState().highlightFlow('f-other'));
    act(() => void store.getState().apply(rename, 'edited'));
    expect(pending).toHaveLength(2);
    expect(pending[1]!.flow).toEqual(pending[0]!.flow);
    await settle(pending[1]!, 'allowed');
    expect(screen.getByTestId('test-from-here.verdict').getAttribute('data-verdict')).toBe('allowed');
    expect(store.getState().highlight).toEqual({ kind: 'flow', id: 'f-other' });
  });

  it('closing lets go of its highlight, and a deleted source VM closes it', async () => {
    const { store, pending } = setup();
    fireEvent.click(screen.getByTestId('test-from-here'));
    await runTo('web-02');
    await settle(pending[0]!, 'allowed');
    fireEvent.click(screen.getByTestId('test-from-here.close'));
    expect(screen.queryByTestId('test-from-here.popover')).toBeNull();
    expect(store.getState().highlight).toBeNull();

    fireEvent.click(screen.getByTestId('test-from-here'));
    expect(screen.getByTestId('test-from-here.popover')).toBeTruthy();
    act(() => store.getState().replaceDocument({ ...design, vms: design.vms!.slice(1) }, 'Load'));
    expect(screen.queryByTestId('test-from-here.popover')).toBeNull();
  });
});
