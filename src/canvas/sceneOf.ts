// One scene per document object, shared by the render and the event handlers
// (drops, drag stops, palette clicks) so that none of them rebuilds it. It is
// the scene as the canvas shows it: a big design's hosts collapsed unless the
// layout says otherwise (scene/collapse.ts).
import type { Design } from '../model/types';
import { buildScene } from '../scene/buildScene';
import { CANVAS_SCENE } from '../scene/collapse';
import type { Scene } from '../scene/types';
import { linkElement } from './linkElements';

const scenes = new WeakMap<Design, Scene>();
const canvasIdSets = new WeakMap<Scene, ReadonlySet<string>>();

export function sceneOf(doc: Design): Scene {
  let scene = scenes.get(doc);
  if (!scene) {
    scene = buildScene(doc, CANVAS_SCENE);
    scenes.set(doc, scene);
  }
  return scene;
}

/** The ids a click on the canvas can select: its nodes, and the elements behind its edges. */
export function canvasIds(scene: Scene): ReadonlySet<string> {
  let ids = canvasIdSets.get(scene);
  if (!ids) {
    ids = new Set([...scene.nodes.map((n) => n.id), ...scene.edges.map((e) => linkElement(e.id))]);
    canvasIdSets.set(scene, ids);
  }
  return ids;
}
