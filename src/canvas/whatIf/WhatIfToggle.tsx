// The small on/off buttons that sit on the nodes themselves: a VM's power, an
// adapter's connection, a host NIC's or a switch port's link. One click is one
// command (one undo step); the colours follow through the evaluator.
import type { MouseEvent, ReactNode } from 'react';
import { setAdapterConnected, setPortUp, setVmPower } from '../../model/commands/whatIf';
import { useWhatIf } from './useWhatIf';
import './whatIf.css';

interface ToggleProps {
  on: boolean;
  testId: string;
  /** What a click does, in words: "Power off web-01". */
  action: string;
  onToggle: () => void;
  children?: ReactNode;
}

export function WhatIfToggle({ on, testId, action, onToggle, children }: ToggleProps) {
  const click = (event: MouseEvent) => {
    // The click is the toggle's alone: it must not also select or start dragging the node.
    event.stopPropagation();
    onToggle();
  };
  return (
    <button
      type="button"
      className={`vnet-whatif nodrag nopan ${on ? 'is-on' : 'is-off'}`}
      aria-pressed={on}
      aria-label={action}
      title={action}
      data-testid={testId}
      onClick={click}
    >
      <span className={`vnet-dot ${on ? 'is-on' : 'is-off'}`} />
      {children}
    </button>
  );
}

export function PowerToggle({ vm, name, on }: { vm: string; name: string; on: boolean }) {
  const run = useWhatIf();
  return (
    <WhatIfToggle
      on={on}
      testId={`whatif.power:${vm}`}
      action={`${on ? 'Power off' : 'Power on'} ${name}`}
      onToggle={() => run(setVmPower, { vm, on: !on })}
    />
  );
}

export function ConnectedToggle({ adapter, name, on }: { adapter: string; name: string; on: boolean }) {
  const run = useWhatIf();
  return (
    <WhatIfToggle
      on={on}
      testId={`whatif.connected:${adapter}`}
      action={`${on ? 'Disconnect' : 'Connect'} ${name}`}
      onToggle={() => run(setAdapterConnected, { adapter, connected: !on })}
    />
  );
}

/** A host NIC (`kind: 'nic'`) or a physical switch port (`kind: 'port'`), up or down. */
export function LinkToggle(props: {
  kind: 'nic' | 'port';
  owner: string;
  port: string;
  up: boolean;
  children?: ReactNode;
}) {
  const { kind, owner, port, up } = props;
  const run = useWhatIf();
  return (
    <WhatIfToggle
      on={up}
      testId={`whatif.${kind}:${owner}:${port}`}
      action={`Set ${owner} ${port} ${up ? 'down' : 'up'}`}
      onToggle={() => run(setPortUp, { owner, port, up: !up })}
    >
      {props.children}
    </WhatIfToggle>
  );
}
