// ELK itself, run in the current thread: in the layout worker, in Node (tests,
// bench) and as the app's fallback when no worker can start.
import ELK from 'elkjs/lib/elk.bundled.js';
import type { RunElk } from './autoLayout';

export function createElkRunner(): RunElk {
  const elk = new ELK();
  return (graph) => elk.layout(graph);
}
