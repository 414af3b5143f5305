import { createContext, useContext, useState } from 'react';
import type { ReactNode } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { AppState } from './appState';
import { createAppStore } from './createAppStore';
import type { AppStore } from './createAppStore';

const StoreContext = createContext<AppStore | null>(null);

export function StoreProvider({ store, children }: { store?: AppStore; children: ReactNode }) {
  const [value] = useState(() => store ?? createAppStore());
  return <StoreContext.Provider value={value}>{children}</StoreContext.Provider>;
}

export function useAppStoreApi(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStore must be used inside <StoreProvider>');
  return store;
}

export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(useAppStoreApi(), selector);
}

/** For selectors that build a new array or object: re-render only when its members change. */
export function useAppStoreShallow<T>(selector: (state: AppState) => T): T {
  return useStore(useAppStoreApi(), useShallow(selector));
}
