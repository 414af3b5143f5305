import { useEffect, useState } from 'react';
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
import { ImportDialog } from '../panels/import/ImportDialog';
import { ImportDropZone } from '../panels/import/ImportDropZone';
import { historyShortcuts, installShortcuts } from './shortcuts';
import { installTestApi } from './testApi';
import { startEvaluationSync } from '../worker/evaluationSync';
import { evaluationTestApi } from './evaluationTestApi';
import { EvaluatorBanner } from './EvaluatorBanner';
import { ErrorBoundary } from './ErrorBoundary';
import { pathShortcuts } from '../panels/trace/pathShortcuts';
import { createProbeBridge } from '../panels/testFromHere/probeBridge';
import { TestFromHereProvider } from '../panels/testFromHere/TestFromHereProvider';

export function App({ store }: { store: AppStore }) {
  const [probes] = useState(createProbeBridge);
  useEffect(() => {
    const evaluation = startEvaluationSync(store);
    const disconnectProbes = probes.connect(evaluation.client);
    installTestApi(store, evaluationTestApi(store, evaluation));
    const removeShortcuts = installShortcuts([
      ...historyShortcuts(store),
      ...deleteShortcuts(store),
      ...pathShortcuts(store),
    ]);
    return () => {
      removeShortcuts();
      disconnectProbes();
      evaluation.dispose();
    };
  }, [store, probes]);

  return (
    <StoreProvider store={store}>
      <ReactFlowProvider>
        <TestFromHereProvider probes={probes}>
          <div className="app">
            <ErrorBoundary area="The toolbar">
              <Toolbar />
            </ErrorBoundary>
            <EvaluatorBanner />
            <div className="app-body">
              <ErrorBoundary area="The palette">
                <Palette />
              </ErrorBoundary>
              <div className="app-center">
                <main className="app-canvas" aria-label="Design canvas">
                  <ErrorBoundary area="The canvas">
                    <DesignCanvas />
                  </ErrorBoundary>
                  <ImportDropZone />
                </main>
                <div className="dock">
                  <ErrorBoundary area="The problems, flows and firewall panels">
                    <ProblemsPanel />
                    <FlowsPanel />
                    <FirewallPanel />
                  </ErrorBoundary>
                </div>
              </div>
              <ErrorBoundary area="The inspector">
                <Inspector />
              </ErrorBoundary>
            </div>
            <NoticeStack />
            <SharedDesignDialog />
            <ImportDialog />
          </div>
        </TestFromHereProvider>
      </ReactFlowProvider>
    </StoreProvider>
  );
}
