import { EvaluatorHost } from './evaluatorHost';
import type { FromEvaluator, ToEvaluator } from './protocol';

// The app's tsconfig has the DOM lib, not the WebWorker one; this is the part of the worker scope we use.
const scope = self as unknown as {
  postMessage: (message: FromEvaluator) => void;
  onmessage: ((event: MessageEvent<ToEvaluator>) => void) | null;
};
const host = new EvaluatorHost((message) => scope.postMessage(message));
scope.onmessage = (event) => host.handle(event.data);
