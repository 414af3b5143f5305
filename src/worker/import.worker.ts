import { importInventory } from '../io/import/index';
import type { FromImporter, ToImporter } from './importProtocol';

// The app's tsconfig has the DOM lib, not the WebWorker one; this is the part of the worker scope we use.
const scope = self as unknown as {
  postMessage: (message: FromImporter) => void;
  onmessage: ((event: MessageEvent<ToImporter>) => void) | null;
};
scope.onmessage = (event) => {
  const { files, designName } = event.data;
  const result = importInventory(files, {
    onProgress: (fraction, stage) => scope.postMessage({ type: 'progress', fraction, stage }),
    ...(designName === undefined ? {} : { designName }),
  });
  scope.postMessage({ type: 'imported', result });
};
scope.postMessage({ type: 'ready' });
