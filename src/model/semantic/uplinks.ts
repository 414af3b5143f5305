// Uplinks (MODEL.md 1.1): an uplink names a NIC its host has, a distributed
// uplink names a member host, and one host NIC is the uplink of one switch
// only. A bridged network's `nic` is its uplink (2.6), so it counts too.
import { entryOf, type SemanticContext } from './context';
import { quote, type ErrorList } from './phrases';
import { HOST, resolveRef } from './refCheck';

interface Use {
  switchId: string;
  path: string;
}

export function checkUplinks(ctx: SemanticContext, errors: ErrorList): void {
  const usedBy = new Map<string, Use>();

  /** Reports a NIC its host lacks, or one already taken; hosts whose fields are malformed are not judged. */
  const claimNic = (switchId: string, hostId: string, nic: string, path: string) => {
    if (!entryOf(ctx, hostId, 'host')) return; // the reference's own error covers it
    const host = ctx.hostById.get(hostId);
    if (host && !(host.nics ?? []).some((n) => n.name === nic)) {
      errors.add(path, `${quote(hostId)} has no NIC ${quote(nic)}`);
      return;
    }
    const key = `${hostId}\n${nic}`;
    const earlier = usedBy.get(key);
    if (!earlier) {
      usedBy.set(key, { switchId, path });
      return;
    }
    errors.add(
      path,
      earlier.switchId === switchId
        ? `${quote(hostId)}'s NIC ${quote(nic)} is already an uplink of this switch (${earlier.path})`
        : `${quote(hostId)}'s NIC ${quote(nic)} is already the uplink of ${quote(earlier.switchId)} (${earlier.path}); a host NIC can be the uplink of only one switch`,
    );
  };

  for (const { el: sw, path } of ctx.switches) {
    if (sw.type === 'standard') {
      (sw.uplinks ?? []).forEach((u, k) => claimNic(sw.id, sw.host, u.nic, `${path}/uplinks/${k}/nic`));
    } else if (sw.type === 'distributed') {
      const members = new Set(sw.hosts ?? []);
      (sw.uplinks ?? []).forEach((u, k) => {
        const at = `${path}/uplinks/${k}`;
        if (!resolveRef(ctx, errors, u.host, `${at}/host`, HOST)) return;
        if (!members.has(u.host)) {
          errors.add(
            `${at}/host`,
            `${quote(u.host)} is not a member of distributed switch ${quote(sw.id)}: add it to the switch's "hosts" first`,
          );
          return;
        }
        claimNic(sw.id, u.host, u.nic, `${at}/nic`);
      });
    } else if (sw.type === 'bridged') {
      claimNic(sw.id, sw.host, sw.nic, `${path}/nic`);
    }
  }
}
