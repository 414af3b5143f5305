import { createElkRunner } from '../layout/elkRunner';
import { answerLayout } from './layoutHost';
import type { FromLayout, ToLayout } from './layoutProtocol';

// The app's tsconfig has the DOM lib, not the WebWorker one; this is the part of the worker scope we use.
const scope = self as unknown as {
  postMessage: (message: FromLayout) => void;
  onmessage: ((event: MessageEvent<ToLayout>) => void) | null;
};
// elk.bundled.js installs a message handler of its own when it loads in a worker; this one replaces it.
const runElk = createElkRunner();
scope.onmessage = (event) => void answerLayout(event.data, runElk).then((reply) => scope.postMessage(reply));
