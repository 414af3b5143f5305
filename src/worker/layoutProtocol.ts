// Messages between the app and the layout worker: plain data only.
import type { LayoutTimings } from '../layout/autoLayout';
import type { Position } from '../layout/fromElk';
import type { Design } from '../model/types';

export type ToLayout = { type: 'layout'; seq: number; doc: Design };

export type FromLayout =
  | { type: 'laid-out'; seq: number; positions: [string, Position][]; timings: LayoutTimings }
  | { type: 'failed'; seq: number; message: string };
