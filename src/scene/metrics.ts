// The fixed measures of every node. Rows have a fixed height so that handle
// positions are known without measuring the DOM (exports need them too).

export const ROW = 22;
export const HEADER = 32;
export const PAD = 12;
export const GAP = 24;

export const VM_W = 230;
export const SWITCH_W = 230;
export const NIC_BAR = 26;
export const HOST_MIN_W = 280;
export const HOST_COLLAPSED_H = HEADER + 2 * ROW + NIC_BAR;

export const DVS_SLOT = 150;
export const DVS_MIN_W = 420;
export const PORT_SLOT = 96;
export const PHYS_MIN_W = 320;
export const IFACE_SLOT = 150;
export const ROUTER_MIN_W = 240;

/** Rows of VMs per column inside a host before a new column starts. */
export const VMS_PER_COLUMN = 6;
/** Hosts per row on a design with no saved layout. */
export const HOSTS_PER_ROW = 4;
export const ROW_GAP = 90;
export const COLUMN_GAP = 60;

/** The y of the centre of body row `index` under a header. */
export const rowCentre = (index: number, top = HEADER): number => top + index * ROW + ROW / 2;
