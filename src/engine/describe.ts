// Names and short phrases for elements, shared by hops, messages and problems.
import { vmPowered } from '../model/defaults';
import { formatIpv4 } from '../model/ipv4';
import type { Attachment } from './attachments';
import type { EngineContext } from './context';
import type { Member } from './net';
import type { HopKind } from './types';

export function memberHopKind(m: Member): HopKind {
  if (m.kind === 'vmNic') return 'adapter';
  if (m.kind === 'interface') return 'interface';
  return 'vmkernel';
}

/** "web-01-n0 (10.0.10.11)", or the id alone without an address. */
export function memberWithAddress(ctx: EngineContext, m: Member): string {
  const info = ctx.addressing.of.get(m.id);
  return info ? `${m.id} (${formatIpv4(info.address)})` : m.id;
}

export function switchLabel(ctx: EngineContext, switchId: string): string {
  return ctx.net.switches.get(switchId)?.label ?? switchId;
}

/** Why a member joins no domain (2.1 rules 1 and 7), in an admin's words. */
export function whyDetached(ctx: EngineContext, att: Attachment): string {
  const m = att.member;
  if (m.vm && !vmPowered(m.vm)) return `${m.vm.id} is powered off`;
  if (m.kind === 'vmNic' && !m.on) return `${m.id} is not connected`;
  if (att.hostMissing !== null) {
    const pg = att.portGroup;
    const sw = pg ? switchLabel(ctx, pg.switchId) : 'its switch';
    return `${m.id} is on ${pg?.id ?? 'a network'}, but ${sw} is not on ${att.hostMissing}`;
  }
  if (att.vlanOutsideTrunk)
    return m.guestVlan === null
      ? `${m.id} is on guest-tagging port group ${att.portGroup?.id} but has no VLAN`
      : `${m.id}'s VLAN ${m.guestVlan} is outside the trunk of port group ${att.portGroup?.id}`;
  if (m.attach.kind === 'none') return `${m.id} is not attached to any network`;
  return `${m.id} is not attached to any layer-2 domain`;
}

export function ip(address: number | null): string {
  return address === null ? 'an unnamed address' : formatIpv4(address);
}
