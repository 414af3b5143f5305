// "Test from here": opened from a VM (its inspector form), it lives beside the
// app rather than inside the inspector, so that selecting a hop of its trace
// (which changes the selection) keeps it open.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { ProbeBridge } from './probeBridge';
import { TestFromHere } from './TestFromHere';

interface TestFromHereApi {
  /** Opens the popover with this VM as the source. */
  open: (vm: string) => void;
}

const TestFromHereContext = createContext<TestFromHereApi | null>(null);

export function useTestFromHere(): TestFromHereApi {
  const api = useContext(TestFromHereContext);
  if (!api) throw new Error('useTestFromHere must be used inside <TestFromHereProvider>');
  return api;
}

export function TestFromHereProvider({ probes, children }: { probes: ProbeBridge; children: ReactNode }) {
  const [source, setSource] = useState<string | null>(null);
  const api = useMemo(() => ({ open: setSource }), []);
  const close = useCallback(() => setSource(null), []);
  return (
    <TestFromHereContext.Provider value={api}>
      {children}
      {source !== null && <TestFromHere key={source} source={source} probe={probes.probe} onClose={close} />}
    </TestFromHereContext.Provider>
  );
}
