import { useEffect } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { StoreProvider } from '../store/StoreProvider';
import type { AppStore } from '../store/createAppStore';
import { DesignCanvas } from '../canvas/DesignCanvas';
import { Palette } from '../panels/palette/Palette';
import { Inspector } from '../panels/inspector/Inspector';
import { deleteShortcuts } from '../panels/inspector/deleteSelection';
import { FlowsPanel } from '../panels/flows/FlowsPanel';
import { FirewallPanel } from '../panels/firewall/FirewallPanel';
import { ProblemsPanel } from '../panels/problems/ProblemsPanel';
import { Toolbar } from './Toolbar';
import { NoticeStack } from './NoticeStack';
import { SharedDesignDialog } from '../panels/export/SharedDesignDialog';
import { historyShortcuts, installShortcuts } from './shortcuts';
import { installTestApi } from './testApi';
import { startEvaluationSync } from '../worker/evaluationSync';
import { evaluationTestApi } from './evaluationTestApi';
import { EvaluatorBanner } from './EvaluatorBanner';

export function App({ store }: { store: AppStore }) {
  useEffect(() => {
    const evaluation = startEvaluationSync(store);
    installTestApi(store, evaluationTestApi(store, evaluation));
    const removeShortcuts = installShortcuts([...historyShortcuts(store), ...deleteShortcuts(store)]);
    return () => {
      removeShortcuts();
      evaluation.dispose();
    };
  }, [store]);

  return (
    <StoreProvider store={store}>
      <ReactFlowProvider>
        <div className="app">
          <Toolbar />
          <EvaluatorBanner />
          <div className="app-body">
            <Palette />
            <div className="app-center">
              <main className="app-canvas" aria-label="Design canvas">
                <DesignCanvas />
              </main>
              <div className="dock">
                <ProblemsPanel />
                <FlowsPanel />
                <FirewallPanel />
              </div>
            </div>
            <Inspector />
          </div>
          <NoticeStack />
          <SharedDesignDialog />
        </div>
      </ReactFlowProvider>
    </StoreProvider>
  );
}
