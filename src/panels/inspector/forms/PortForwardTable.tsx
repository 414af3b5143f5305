// A NAT network's port forwards: the host's port to a VM's address and port.
import { portNumber } from '../../../model/fields';
import { formatIpv4, networkOf, parseCidr } from '../../../model/ipv4';
import type { NatNetwork, PortForward } from '../../../model/types';
import { parseIpv4 } from '../fields/fieldParsers';
import { NumberField } from '../fields/NumberField';
import { SelectField } from '../fields/SelectField';
import { TextField } from '../fields/TextField';
import { useUpdate } from '../useEdit';
import { AddButton, RowActions } from './RowActions';

const PROTOCOLS = [
  { value: 'tcp', label: 'TCP' },
  { value: 'udp', label: 'UDP' },
];

/** 8080 → .10:80 on a fresh network; then the next host port, to the same target. */
function nextForward(net: NatNetwork): PortForward {
  const forwards = net.portForwards ?? [];
  const cidr = parseCidr(net.subnet);
  const to = cidr ? formatIpv4(networkOf(cidr) + 10) : '192.168.80.10';
  const hostPort =
    forwards.length === 0 ? 8080 : Math.min(Math.max(...forwards.map((f) => f.hostPort)) + 1, 65535);
  return { protocol: 'tcp', hostPort, to, port: 80 };
}

export function PortForwardTable({ net }: { net: NatNetwork }) {
  const update = useUpdate(net.id);
  const forwards = net.portForwards ?? [];
  const set = (next: PortForward[]) => update({ portForwards: next.length > 0 ? next : undefined });
  const edit = (i: number, change: Partial<PortForward>) =>
    set(forwards.map((f, j) => (j === i ? { ...f, ...change } : f)));
  return (
    <fieldset className="section">
      <legend>Port forwards</legend>
      {forwards.map((f, i) => {
        const testId = `inspector.switch.portForwards.${i}`;
        return (
          <fieldset key={i} className="subsection">
            <legend>
              {f.protocol}/{f.hostPort} → {f.to}:{f.port}
            </legend>
            <div className="field-grid">
              <SelectField
                label="Protocol"
                testId={`${testId}.protocol`}
                value={f.protocol}
                options={PROTOCOLS}
                onCommit={(p) => edit(i, { protocol: p as PortForward['protocol'] })}
              />
              <NumberField
                label="Host port"
                testId={`${testId}.hostPort`}
                value={f.hostPort}
                schema={portNumber}
                required
                onCommit={(v) => edit(i, { hostPort: v ?? f.hostPort })}
              />
              <TextField
                label="To address"
                testId={`${testId}.to`}
                value={f.to}
                parse={parseIpv4}
                onCommit={(to) => edit(i, { to })}
              />
              <NumberField
                label="To port"
                testId={`${testId}.port`}
                value={f.port}
                schema={portNumber}
                required
                onCommit={(v) => edit(i, { port: v ?? f.port })}
              />
            </div>
            <RowActions
              testId={testId}
              what={`forward of port ${f.hostPort}`}
              text
              onRemove={() => set(forwards.filter((_, j) => j !== i))}
            />
          </fieldset>
        );
      })}
      <AddButton
        testId="inspector.switch.portForwards.add"
        label="Add port forward"
        onAdd={() => set([...forwards, nextForward(net)])}
      />
    </fieldset>
  );
}
