// A router interface: address, MTU, attachment, and the DHCP range it serves.
import { DEFAULT_MTU } from '../../../model/defaults';
import { mtuPhysical } from '../../../model/fields';
import { formatIpv4, networkOf, parseCidr } from '../../../model/ipv4';
import type { Design, RouterInterface } from '../../../model/types';
import { CheckboxField } from '../fields/CheckboxField';
import { NumberField } from '../fields/NumberField';
import { TextField } from '../fields/TextField';
import { useUpdate } from '../useEdit';
import { AttachField } from './AttachField';
import { NameField } from './CommonFields';
import { parseIpv4, parseOptionalCidr } from '../fields/fieldParsers';

/** A starting range the user then narrows: the upper part of the subnet, like .100–.199 in a /24. */
function defaultRange(ip: string | undefined): { from: string; to: string } | null {
  const cidr = ip ? parseCidr(ip) : null;
  if (!cidr || cidr.prefix > 29) return null;
  const network = networkOf(cidr);
  const size = 2 ** (32 - cidr.prefix);
  const from = cidr.prefix <= 24 ? network + 100 : network + Math.floor(size / 2);
  const to = cidr.prefix <= 24 ? network + 199 : network + size - 2;
  return { from: formatIpv4(from), to: formatIpv4(to) };
}

export function InterfaceFields({
  iface,
  doc,
  prefix,
  showName = true,
}: {
  iface: RouterInterface;
  doc: Design;
  prefix: string;
  showName?: boolean;
}) {
  const update = useUpdate(iface.id);
  const dhcp = iface.dhcp;
  return (
    <>
      {showName && <NameField el={iface} testId={`${prefix}.name`} />}
      <div className="field-grid">
        <TextField
          label="IP address"
          testId={`${prefix}.ip`}
          value={iface.ip ?? ''}
          parse={parseOptionalCidr}
          placeholder="10.0.0.1/24"
          onCommit={(ip) => update({ ip })}
        />
        <NumberField
          label="MTU"
          testId={`${prefix}.mtu`}
          value={iface.mtu}
          schema={mtuPhysical}
          defaultValue={DEFAULT_MTU}
          onCommit={(mtu) => update({ mtu })}
        />
      </div>
      <AttachField
        attach={iface.attach}
        doc={doc}
        testId={`${prefix}.attach`}
        onCommit={(attach) => update({ attach })}
      />
      <CheckboxField
        label="DHCP server"
        testId={`${prefix}.dhcp`}
        checked={dhcp !== undefined}
        onCommit={(on) => {
          if (!on) return update({ dhcp: undefined });
          const range = defaultRange(iface.ip);
          return range
            ? update({ dhcp: range })
            : 'give the interface an address with room for a range first';
        }}
      />
      {dhcp && (
        <div className="field-pair">
          <TextField
            label="Range from"
            testId={`${prefix}.dhcp.from`}
            value={dhcp.from}
            parse={parseIpv4}
            onCommit={(from) => update({ dhcp: { ...dhcp, from } })}
          />
          <TextField
            label="Range to"
            testId={`${prefix}.dhcp.to`}
            value={dhcp.to}
            parse={parseIpv4}
            onCommit={(to) => update({ dhcp: { ...dhcp, to } })}
          />
        </div>
      )}
    </>
  );
}
