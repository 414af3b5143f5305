// VMkernel adapters onto their hosts (MODEL.md 1, hosts[].vmkernels).
import { parseIpv4 } from '../../../model/ipv4';
import type { VmKernel } from '../../../model/types';
import type { Inventory } from '../inventory';
import type { ReportBuilder } from '../report';
import type { IdAllocator } from './ids';
import type { NetworkBuilder } from './network';

const validAdapterMtu = (mtu: number | undefined): mtu is number =>
  mtu !== undefined && mtu >= 576 && mtu <= 9000;

export function addVmkernels(
  inv: Inventory,
  net: NetworkBuilder,
  ids: IdAllocator,
  report: ReportBuilder,
): void {
  const seen = new Set<string>();
  for (const vmk of inv.vmkernels) {
    const host = net.host(vmk.host);
    const seenKey = `${host.id}\u0000${vmk.device.toLowerCase()}`;
    if (seen.has(seenKey)) {
      report.skip(vmk.ref.sheet, vmk.ref.row, `${vmk.host} ${vmk.device} is listed twice`);
      continue;
    }
    seen.add(seenKey);
    const where = `${vmk.host} ${vmk.device}`;
    const attachment = net.resolve(vmk.host, vmk.network, vmk.switch);
    if (!attachment)
      report.assume(
        'VMkernel adapter whose port group is not in the inventory: left unattached',
        `${where} → ${vmk.network || '(none)'}`,
      );
    if (vmk.mtu !== undefined && !validAdapterMtu(vmk.mtu))
      report.assume('VMkernel MTU outside 576–9000: the default 1500 used', `${where}: ${vmk.mtu}`);
    if (vmk.ip !== undefined && vmk.ip !== 'dhcp' && vmk.ip.prefix === undefined)
      report.assume(
        'VMkernel address with no readable subnet mask: /24 assumed',
        `${where}: ${vmk.ip.address}`,
      );
    const adapter: VmKernel = {
      id: ids.take(`${host.id}-${vmk.device}`, 'vmk'),
      name: vmk.device,
      ...(attachment ? { network: attachment.portGroup.id } : {}),
      ...(vmk.ip === 'dhcp'
        ? { ip: 'dhcp' }
        : vmk.ip
          ? { ip: `${vmk.ip.address}/${vmk.ip.prefix ?? 24}` }
          : {}),
      ...(vmk.gateway && parseIpv4(vmk.gateway) !== null ? { gateway: vmk.gateway } : {}),
      ...(validAdapterMtu(vmk.mtu) ? { mtu: vmk.mtu } : {}),
      ...(vmk.services && vmk.services.length > 0 ? { services: [...vmk.services] } : {}),
    };
    (host.vmkernels ??= []).push(adapter);
  }
}
