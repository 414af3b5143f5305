// A flow result as the canvas marks it: the links it crossed, the link it
// stopped at, and the node that draws the element where it stopped (an
// adapter is a row of its VM, an interface a handle of its router).
import type { FlowResult } from '../../engine/types';
import type { Design } from '../../model/types';
import type { Scene } from '../../scene/types';
import type { PathOnCanvas } from '../../canvas/toFlow';
import { problemTargets } from '../problems/problemTargets';

export function pathOnCanvas(
  result: Pick<FlowResult, 'links' | 'stopLink' | 'at' | 'verdict'>,
  doc: Design,
  scene: Scene,
): PathOnCanvas {
  const stopNode = result.at
    ? (problemTargets(doc, scene, { elements: [result.at] }).nodes[0] ?? null)
    : null;
  return {
    links: new Set(result.stopLink ? [...result.links, result.stopLink] : result.links),
    stopLink: result.stopLink ?? null,
    stopNode,
    delivered: result.verdict === 'allowed',
  };
}
