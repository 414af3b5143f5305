import { useEffect } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { StoreProvider } from '../store/StoreProvider';
import type { AppStore } from '../store/createAppStore';
import { DesignCanvas } from '../canvas/DesignCanvas';
import { Palette } from '../panels/palette/Palette';
import { Inspector } from '../panels/inspector/Inspector';
import { Toolbar } from './Toolbar';
import { NoticeStack } from './NoticeStack';
import { historyShortcuts, installShortcuts } from './shortcuts';
import { installTestApi } from './testApi';

export function App({ store }: { store: AppStore }) {
  useEffect(() => {
    installTestApi(store);
    return installShortcuts(historyShortcuts(store));
  }, [store]);

  return (
    <StoreProvider store={store}>
      <ReactFlowProvider>
        <div className="app">
          <Toolbar />
          <div className="app-body">
            <Palette />
            <main className="app-canvas" aria-label="Design canvas">
              <DesignCanvas />
            </main>
            <Inspector />
          </div>
          <NoticeStack />
        </div>
      </ReactFlowProvider>
    </StoreProvider>
  );
}
