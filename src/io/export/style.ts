// Colours and strokes shared by the SVG and the .drawio export, taken from
// the canvas (src/app/app.css and src/canvas/canvas.css), so an export looks
// like the canvas.
import type { LinkStatus } from '../../engine/types';
import type { HandleKind, SceneNodeKind } from '../../scene/types';

export interface LinkStyle {
  colour: string;
  width: number;
  /** SVG dash pattern; none for a solid line. */
  dash?: string;
  /** What the status means, for the legend. */
  meaning: string;
}

export const LINK_STYLES: Readonly<Record<LinkStatus, LinkStyle>> = {
  ok: { colour: '#2e9e44', width: 2, meaning: 'ok: traffic passes' },
  mtu: { colour: '#e0a100', width: 2, meaning: 'MTU too small' },
  blocked: { colour: '#d32f2f', width: 2, meaning: 'blocked by a firewall' },
  unreachable: { colour: '#d32f2f', width: 2, dash: '6 4', meaning: 'unreachable' },
  down: { colour: '#9aa3ae', width: 1.5, dash: '4 4', meaning: 'down: off or disconnected' },
  idle: { colour: '#7a8696', width: 1.5, meaning: 'idle: no flow crosses it' },
};

/** Legend order: from good to bad to inactive. */
export const LEGEND_ORDER: readonly LinkStatus[] = ['ok', 'mtu', 'blocked', 'unreachable', 'down', 'idle'];

export const linkStatus = (statuses: Readonly<Record<string, LinkStatus>> | undefined, linkId: string) =>
  statuses?.[linkId] ?? 'idle';

export const NODE_FILLS: Readonly<Record<SceneNodeKind, string>> = {
  host: '#eef2f7',
  vm: '#ffffff',
  standardSwitch: '#f3f8f3',
  desktopNetwork: '#f3f8f3',
  distributedSwitch: '#f1f5fd',
  physicalSwitch: '#f4f1ea',
  router: '#f6f0f8',
};
export const COLLAPSED_HOST_FILL = '#e6ebf2';

export const HANDLE_FILLS: Readonly<Record<HandleKind, string>> = {
  adapter: '#1f6feb',
  interface: '#1f6feb',
  portGroup: '#2e7d32',
  network: '#2e7d32',
  hostNic: '#455468',
  port: '#455468',
  uplink: '#455468',
  svi: '#7b3fa0',
};
/** Handles drawn as small squares (physical things), the rest as dots. */
export const SQUARE_HANDLES: ReadonlySet<HandleKind> = new Set(['hostNic', 'port', 'uplink']);

export const BACKGROUND = '#f6f7f9';
export const BORDER = '#d9dde3';
export const TEXT_COLOUR = '#1c2330';
export const MUTED_COLOUR = '#5d6b7e';
export const ON_COLOUR = '#2e7d32';
export const DOWN_COLOUR = '#9aa3ae';
export const CHIP_FILL = '#dde7fb';
export const SEVERITY_COLOURS = { error: '#c62828', warning: '#b26a00', info: '#1f6feb' } as const;
