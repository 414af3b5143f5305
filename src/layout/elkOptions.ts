// ELK settings for the top level. Layered (Sugiyama): its crossing
// minimisation is what makes a network diagram readable, and it honours
// ports at fixed positions. Rows are partitions, from top to bottom.
import type { LayoutOptions } from 'elkjs/lib/elk-api';
import { COLUMN_GAP, ROW_GAP } from '../scene/metrics';

const TOP_LEVEL: LayoutOptions = {
  'elk.algorithm': 'layered',
  'elk.direction': 'DOWN',
  'elk.randomSeed': '1',
  'elk.partitioning.activate': 'true',
  'elk.spacing.nodeNode': String(COLUMN_GAP),
  'elk.layered.spacing.nodeNodeBetweenLayers': String(ROW_GAP),
  'elk.spacing.edgeNode': '20',
  // The canvas draws its own curves between handles; ELK's routes only steer placement.
  'elk.edgeRouting': 'POLYLINE',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  // Ties keep document order: esxi-01 before esxi-02 when nothing else decides.
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
};

/**
 * Past this many nodes and links, ELK runs one sweep without model order or greedy switching:
 * on a 100-host import that cut its time to about a quarter (bench/layout/run.ts), and with
 * that many hosts the rows are wrapped in ELK's order anyway (arrangeTopLevel.ts).
 */
export const THOROUGH_UP_TO = 100;

const FAST: LayoutOptions = {
  'elk.layered.considerModelOrder.strategy': 'NONE',
  'elk.layered.thoroughness': '1',
  'elk.layered.crossingMinimization.greedySwitch.type': 'OFF',
};

export const topLevelOptions = (size: number): LayoutOptions =>
  size <= THOROUGH_UP_TO ? TOP_LEVEL : { ...TOP_LEVEL, ...FAST };

/** Nodes whose handles sit exactly where the scene draws them, top-aligned in their row. */
export const FIXED_PORTS: LayoutOptions = { 'elk.portConstraints': 'FIXED_POS', 'elk.alignment': 'TOP' };

export const partition = (index: number): LayoutOptions => ({ 'elk.partitioning.partition': String(index) });
