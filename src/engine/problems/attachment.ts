// host-not-on-switch and vlan-outside-trunk (MODEL.md 2.1 rule 1, 2.5): members
// whose configuration keeps them out of every domain, whatever their power state.
import type { Attachment } from '../attachments';
import type { Problem } from '../types';
import { NO_PROBLEMS, problem } from './problem';

/** One member's attachment problems: they read its attachment alone. */
export function attachmentProblems(att: Attachment): readonly Problem[] {
  const m = att.member;
  const pg = att.portGroup;
  if (m.generated || !pg || (att.hostMissing === null && !att.vlanOutsideTrunk)) return NO_PROBLEMS;
  const out: Problem[] = [];
  if (att.hostMissing !== null)
    out.push(
      problem(
        'host-not-on-switch',
        [m.id, pg.switchId, att.hostMissing],
        `${m.id} is on ${pg.id}, but switch ${pg.switchId} is not on host ${att.hostMissing}, so it is not attached`,
        { links: [m.link] },
      ),
    );
  if (att.vlanOutsideTrunk)
    out.push(
      problem(
        'vlan-outside-trunk',
        [m.id, pg.id],
        m.guestVlan === null
          ? `${m.id} is on guest-tagging port group ${pg.id} but sets no VLAN, so it is not attached`
          : `${m.id} tags VLAN ${m.guestVlan}, outside the trunk of port group ${pg.id}, so it is not attached`,
        { links: [m.link] },
      ),
    );
  return out;
}
