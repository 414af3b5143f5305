import { useMemo } from 'react';
import { sceneOf } from '../../canvas/sceneOf';
import type { PathOnCanvas } from '../../canvas/toFlow';
import type { Design } from '../../model/types';
import { useAppStore } from '../../store/StoreProvider';
import { selectHighlightedResult } from '../../store/uiSlice';
import { pathOnCanvas } from './pathOnCanvas';
import './pathHighlight.css';

/** The highlighted flow's path, for the canvas; null when no flow is highlighted. */
export function useHighlightedPath(doc: Design): PathOnCanvas | null {
  const result = useAppStore(selectHighlightedResult);
  return useMemo(() => (result ? pathOnCanvas(result, doc, sceneOf(doc)) : null), [result, doc]);
}
