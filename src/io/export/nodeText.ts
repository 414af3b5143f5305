// What each drawn node says, and where: the words and places of the canvas
// nodes (src/canvas/nodes/), so that an export reads like the canvas. The
// SVG places these exactly; the .drawio export joins them into plain text.
import {
  adapterConnected,
  adapterMtu,
  DEFAULT_MTU,
  desktopDhcp,
  displayName,
  hostKind,
  nicUp,
  portUp,
  switchMtu,
  vmPowered,
} from '../../model/defaults';
import type { Design, Host, PhysicalSwitch, PortGroup, Router, Switch, Vm } from '../../model/types';
import { isDesktopNetwork } from '../../model/types';
import {
  addressLabel,
  DESKTOP_TYPE_LABEL,
  desktopDetail,
  portModeLabel,
  vlanLabel,
} from '../../canvas/nodes/labels';
import { parseHandle } from '../../scene/handleIds';
import { HEADER, rowCentre } from '../../scene/metrics';
import type { SceneHandle, SceneNode } from '../../scene/types';

/** name: the element's own name; detail: addresses and modes; mtu: a number; muted: a remark. */
export type SpanStyle = 'name' | 'detail' | 'mtu' | 'muted';

export interface Span {
  text: string;
  style: SpanStyle;
}

export interface TextRow {
  /** Centre line, relative to the node's top. */
  y: number;
  spans: Span[];
  align: 'left' | 'right';
  indent: boolean;
  /** Drawn greyed, as a disconnected adapter is. */
  off: boolean;
}

/** Texts centred under (or over) a handle: a port, an interface, a port group chip, a NIC. */
export interface HandleLabel {
  x: number;
  /** Centre line of the first line; the next lines follow LABEL_LINE below. */
  y: number;
  /** Each line is a run of spans drawn side by side. */
  lines: Span[][];
  maxWidth: number;
  /** A pill behind it, as the distributed switch's port groups have. */
  chip: boolean;
  off: boolean;
}

export const LABEL_LINE = 14;

export interface NodeText {
  title: string;
  badge: string;
  /** A VM's power dot. */
  power?: 'on' | 'off';
  rows: TextRow[];
  handleLabels: HandleLabel[];
  /** Greyed as a whole, as a powered-off VM is. */
  dimmed: boolean;
}

/** The model elements a scene node can stand for, by id. */
export interface DesignLookup {
  hosts: Map<string, Host>;
  vms: Map<string, Vm>;
  switches: Map<string, Switch>;
  portGroups: Map<string, PortGroup>;
  physicalSwitches: Map<string, PhysicalSwitch>;
  routers: Map<string, Router>;
  doc: Design;
}

const byId = <T extends { id: string }>(items: readonly T[] | undefined) =>
  new Map((items ?? []).map((item) => [item.id, item]));

export function lookUp(doc: Design): DesignLookup {
  return {
    hosts: byId(doc.hosts),
    vms: byId(doc.vms),
    switches: byId(doc.switches),
    portGroups: byId(doc.portGroups),
    physicalSwitches: byId(doc.physicalSwitches),
    routers: byId(doc.routers),
    doc,
  };
}

const name = (text: string): Span => ({ text, style: 'name' });
const detail = (text: string): Span => ({ text, style: 'detail' });
const muted = (text: string): Span => ({ text, style: 'muted' });
const row = (i: number, spans: Span[], options: Partial<Omit<TextRow, 'y' | 'spans'>> = {}): TextRow => ({
  y: rowCentre(i),
  spans,
  align: options.align ?? 'left',
  indent: options.indent ?? false,
  off: options.off ?? false,
});

/** One label per handle of a kind, each as wide as the canvas gives it. */
function labelsAt(
  node: SceneNode,
  kind: SceneHandle['kind'],
  y: number,
  maxWidth: number,
  make: (handle: SceneHandle) => Pick<HandleLabel, 'lines' | 'off'> | null,
  chip = false,
): HandleLabel[] {
  return node.handles
    .filter((handle) => handle.kind === kind)
    .flatMap((handle) => {
      const made = make(handle);
      return made ? [{ x: handle.offset, y, maxWidth, chip, ...made }] : [];
    });
}

const plain = { dimmed: false };

export function nodeText(node: SceneNode, design: DesignLookup): NodeText {
  switch (node.kind) {
    case 'host':
      return hostText(node, design.hosts.get(node.id)!, design);
    case 'vm': {
      const vm = design.vms.get(node.id)!;
      const nics = vm.nics ?? [];
      const rows = nics.map((nic, i) =>
        row(
          i,
          [
            name(displayName(nic)),
            detail(addressLabel(nic.ip)),
            { text: String(adapterMtu(nic)), style: 'mtu' },
          ],
          {
            off: !adapterConnected(nic),
          },
        ),
      );
      return {
        title: displayName(vm),
        badge: '',
        power: vmPowered(vm) ? 'on' : 'off',
        rows: rows.length > 0 ? rows : [row(0, [muted('no adapters')])],
        handleLabels: [],
        dimmed: !vmPowered(vm),
      };
    }
    case 'standardSwitch':
    case 'desktopNetwork': {
      const sw = design.switches.get(node.id)!;
      if (isDesktopNetwork(sw)) {
        const dhcp =
          sw.type === 'nat' || sw.type === 'hostonly' ? (desktopDhcp(sw) ? 'DHCP on' : 'DHCP off') : '';
        const rows = [row(0, [detail(desktopDetail(sw))], { indent: true })];
        if (dhcp) rows.push(row(1, [muted(dhcp)], { indent: true }));
        return {
          title: displayName(sw),
          badge: DESKTOP_TYPE_LABEL[sw.type],
          rows,
          handleLabels: [],
          ...plain,
        };
      }
      const pgs = [...design.portGroups.values()].filter((pg) => pg.switch === sw.id);
      const rows = pgs.map((pg, i) =>
        row(i, [name(displayName(pg)), detail(vlanLabel(pg))], { indent: true }),
      );
      return {
        title: displayName(sw),
        badge: `MTU ${switchMtu(sw)}`,
        rows: rows.length > 0 ? rows : [row(0, [muted('no port groups')])],
        handleLabels: [],
        ...plain,
      };
    }
    case 'distributedSwitch': {
      const sw = design.switches.get(node.id)!;
      const chips = labelsAt(
        node,
        'portGroup',
        HEADER + 13,
        140,
        (handle) => {
          const parsed = parseHandle(handle.id);
          const pg = parsed?.kind === 'portGroup' ? design.portGroups.get(parsed.id) : undefined;
          return pg ? { lines: [[name(displayName(pg)), detail(vlanLabel(pg))]], off: false } : null;
        },
        true,
      );
      const members = labelsAt(node, 'uplink', node.h - 13, 140, (handle) => {
        const parsed = parseHandle(handle.id);
        const host = parsed?.kind === 'uplink' && parsed.host ? design.hosts.get(parsed.host) : undefined;
        return { lines: [[muted(host ? displayName(host) : handle.label)]], off: false };
      });
      const hasPortGroups = node.handles.some((handle) => handle.kind === 'portGroup');
      return {
        title: displayName(sw),
        badge: `distributed · MTU ${switchMtu(sw)}`,
        rows: hasPortGroups ? [] : [row(0, [muted('no port groups')])],
        handleLabels: [...chips, ...members],
        ...plain,
      };
    }
    case 'physicalSwitch': {
      const sw = design.physicalSwitches.get(node.id)!;
      const ports = new Map((sw.ports ?? []).map((port) => [port.name, port]));
      const labels = labelsAt(node, 'port', HEADER + 8, 90, (handle) => {
        const parsed = parseHandle(handle.id);
        const port = parsed?.kind === 'port' ? ports.get(parsed.port) : undefined;
        if (!port) return null;
        const up = portUp(port);
        return {
          lines: [[name(port.name)], [detail(portModeLabel(port))], [muted(up ? 'up' : 'down')]],
          off: !up,
        };
      });
      return {
        title: displayName(sw),
        badge: `MTU ${sw.mtu ?? DEFAULT_MTU}`,
        rows: [],
        handleLabels: labels,
        ...plain,
      };
    }
    case 'router': {
      const router = design.routers.get(node.id)!;
      const interfaces = new Map((router.interfaces ?? []).map((iface) => [iface.id, iface]));
      const labels = labelsAt(node, 'interface', HEADER + 10, 140, (handle) => {
        const parsed = parseHandle(handle.id);
        const iface = parsed?.kind === 'interface' ? interfaces.get(parsed.id) : undefined;
        if (!iface) return null;
        const external = iface.attach !== undefined && 'external' in iface.attach;
        return {
          lines: [[name(displayName(iface))], [detail(external ? 'external' : addressLabel(iface.ip))]],
          off: false,
        };
      });
      return { title: displayName(router), badge: 'router', rows: [], handleLabels: labels, ...plain };
    }
  }
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function hostText(node: SceneNode, host: Host, design: DesignLookup): NodeText {
  const workstation = hostKind(host) === 'workstation';
  const rows = (host.vmkernels ?? []).map((vmk, i) =>
    row(
      i,
      [name(displayName(vmk)), detail(addressLabel(vmk.ip)), { text: String(adapterMtu(vmk)), style: 'mtu' }],
      {
        align: 'right',
      },
    ),
  );
  const summary = node.handles.find((handle) => parseHandle(handle.id)?.kind === 'summary');
  if (node.collapsed && summary) {
    const vms = (design.doc.vms ?? []).filter((vm) => vm.host === host.id).length;
    const switches = (design.doc.switches ?? []).filter(
      (sw) => sw.type !== 'distributed' && sw.host === host.id,
    );
    const text = `${count(vms, 'VM', 'VMs')}, ${count(switches.length, 'switch', 'switches')}`;
    rows.push({ ...row(0, [muted(text)], { align: 'right' }), y: summary.offset });
  }
  const nics = new Map((host.nics ?? []).map((nic) => [nic.name, nic]));
  // The canvas sets NIC names 8px above the bottom edge.
  const nicLabels = labelsAt(node, 'hostNic', node.h - 14, 60, (handle) => {
    const nic = nics.get(handle.label);
    return { lines: [[detail(handle.label)]], off: nic ? !nicUp(nic) : false };
  });
  return {
    title: displayName(host),
    badge: workstation ? 'Workstation' : 'ESXi',
    rows,
    handleLabels: nicLabels,
    dimmed: false,
  };
}
