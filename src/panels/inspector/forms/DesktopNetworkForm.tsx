// A Workstation/Fusion virtual network (MODEL.md switches[], desktop networks):
// its type, host, subnet and DHCP (NAT and host-only), port forwards (NAT) and
// bridged NIC. Changing the type keeps what still applies and fills in what the
// new type requires.
import { freeSubnet } from '../../../model/commands/freeSubnet';
import { desktopDhcp } from '../../../model/defaults';
import { parseCidr as readCidr } from '../../../model/ipv4';
import type { DesktopNetwork, Design } from '../../../model/types';
import { CheckboxField } from '../fields/CheckboxField';
import { refine } from '../fields/parsers';
import { SelectField } from '../fields/SelectField';
import { TextField } from '../fields/TextField';
import { hostNicNames, hostOptions, options } from '../options';
import { useUpdate } from '../useEdit';
import { IdNameFields, NotesField } from './CommonFields';
import { PortForwardTable } from './PortForwardTable';
import { parseCidr } from '../fields/fieldParsers';

const TYPES = [
  { value: 'nat', label: 'NAT' },
  { value: 'hostonly', label: 'Host-only' },
  { value: 'bridged', label: 'Bridged' },
  { value: 'segment', label: 'LAN segment' },
];

const parseSubnet = refine(parseCidr, (subnet) =>
  readCidr(subnet)?.prefix === 24 ? null : 'a NAT or host-only network is a /24, like 192.168.80.0/24',
);

/** The keys to set and clear to turn `net` into a network of `type`, or why it cannot be. */
function retype(net: DesktopNetwork, type: string, doc: Design): Record<string, unknown> | string {
  const cleared = { subnet: undefined, dhcp: undefined, portForwards: undefined, nic: undefined };
  if (type === 'segment') return { ...cleared, type };
  if (type === 'bridged') {
    const nic = 'nic' in net ? net.nic : hostNicNames(doc, net.host)[0];
    if (!nic) return `${net.host} has no NIC to bridge to: add one to the host first`;
    return { ...cleared, type, nic };
  }
  const subnet = 'subnet' in net ? net.subnet : freeSubnet(doc);
  if (!subnet) return 'no free 192.168.x.0/24 subnet is left for it';
  const dhcp = 'dhcp' in net ? net.dhcp : undefined;
  const portForwards = type === 'nat' && 'portForwards' in net ? net.portForwards : undefined;
  return { ...cleared, type, subnet, dhcp, portForwards };
}

export function DesktopNetworkForm({ net, doc }: { net: DesktopNetwork; doc: Design }) {
  const update = useUpdate(net.id);
  return (
    <>
      <IdNameFields kind="switch" el={net} />
      <SelectField
        label="Type"
        testId="inspector.switch.type"
        value={net.type}
        options={TYPES}
        onCommit={(type) => {
          const changes = retype(net, type, doc);
          return typeof changes === 'string' ? changes : update(changes);
        }}
      />
      <SelectField
        label="Host"
        testId="inspector.switch.host"
        value={net.host}
        options={hostOptions(doc, 'workstation')}
        onCommit={(host) => update({ host })}
      />
      {(net.type === 'nat' || net.type === 'hostonly') && (
        <>
          <TextField
            label="Subnet"
            testId="inspector.switch.subnet"
            value={net.subnet}
            parse={parseSubnet}
            onCommit={(subnet) => update({ subnet })}
          />
          <CheckboxField
            label="DHCP server"
            testId="inspector.switch.dhcp"
            checked={desktopDhcp(net)}
            onCommit={(on) => update({ dhcp: on ? undefined : false })}
          />
        </>
      )}
      {net.type === 'nat' && <PortForwardTable net={net} />}
      {net.type === 'bridged' && (
        <SelectField
          label="Bridged to NIC"
          testId="inspector.switch.nic"
          value={net.nic}
          options={options(hostNicNames(doc, net.host))}
          onCommit={(nic) => update({ nic })}
        />
      )}
      <NotesField kind="switch" el={net} />
    </>
  );
}
