// What the palette offers, grouped as an admin thinks of it.
import type { NewElementKind } from '../../model/commands/addElement';

/** The drag-and-drop type of a palette item; its data is the element kind. */
export const PALETTE_MIME = 'application/x-vnet-element';

export interface PaletteItem {
  kind: NewElementKind;
  label: string;
  hint: string;
}

export const PALETTE_GROUPS: readonly { title: string; items: readonly PaletteItem[] }[] = [
  {
    title: 'Hosts',
    items: [
      { kind: 'esxiHost', label: 'ESXi host', hint: 'A vSphere host with two NICs' },
      {
        kind: 'workstationHost',
        label: 'Workstation host',
        hint: 'A laptop or PC running VMware Workstation',
      },
      { kind: 'vm', label: 'VM', hint: 'Drop into a host; gets one adapter' },
    ],
  },
  {
    title: 'vSphere networking',
    items: [
      { kind: 'standardSwitch', label: 'Standard switch', hint: 'Drop into an ESXi host' },
      { kind: 'distributedSwitch', label: 'Distributed switch', hint: 'Spans the ESXi hosts' },
      { kind: 'portGroup', label: 'Port group', hint: 'Drop onto a standard or distributed switch' },
    ],
  },
  {
    title: 'Workstation networks',
    items: [
      { kind: 'nat', label: 'NAT', hint: 'Drop into a Workstation host' },
      { kind: 'hostonly', label: 'Host-only', hint: 'Drop into a Workstation host' },
      { kind: 'bridged', label: 'Bridged', hint: 'Drop into a Workstation host' },
      { kind: 'segment', label: 'LAN segment', hint: 'Drop into a Workstation host' },
    ],
  },
  {
    title: 'Physical network',
    items: [
      { kind: 'physicalSwitch', label: 'Physical switch', hint: 'Eight access ports' },
      { kind: 'router', label: 'Router', hint: 'A layer-3 device with one interface' },
    ],
  },
];
