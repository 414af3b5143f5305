// Building members: one constructor with every field spelled out, so that no
// member kind forgets one.
import type { Member } from './types';

export function makeMember(fields: Partial<Member> & Pick<Member, 'id' | 'kind'>): Member {
  return {
    vmId: null,
    routerId: null,
    host: null,
    powered: true,
    network: null,
    external: false,
    attachments: [],
    detached: null,
    staticAddress: null,
    wantsDhcp: false,
    staticGateway: null,
    mtu: 1500,
    linkId: null,
    dhcpRange: null,
    leaseGateway: null,
    generated: false,
    guestVlan: null,
    ...fields,
    placement: fields.placement !== undefined ? fields.placement : (fields.detached ?? null),
  };
}
