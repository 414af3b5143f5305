// The layout worker's side of the protocol, shared with the in-thread fallback.
import { autoLayout, type RunElk } from '../layout/autoLayout';
import type { FromLayout, ToLayout } from './layoutProtocol';

export async function answerLayout(message: ToLayout, runElk: RunElk): Promise<FromLayout> {
  try {
    const { positions, timings } = await autoLayout(message.doc, runElk);
    return { type: 'laid-out', seq: message.seq, positions: [...positions], timings };
  } catch (error) {
    return {
      type: 'failed',
      seq: message.seq,
      message: error instanceof Error ? error.message : String(error),
    };
  }
}
