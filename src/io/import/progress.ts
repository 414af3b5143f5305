// Progress of a long import, as a fraction of the work and the stage at hand.
// Calls are thinned to whole percents so that a worker does not flood its port.

export type ProgressCallback = (fraction: number, stage: string) => void;

export class Progress {
  private lastPercent = -1;
  private lastStage = '';

  constructor(private readonly callback: ProgressCallback | undefined) {}

  report(fraction: number, stage: string): void {
    if (!this.callback) return;
    const clamped = Math.min(1, Math.max(0, fraction));
    const percent = Math.floor(clamped * 100);
    if (percent === this.lastPercent && stage === this.lastStage) return;
    this.lastPercent = percent;
    this.lastStage = stage;
    this.callback(clamped, stage);
  }

  /** A sub-range [from, to) of the whole, for one step of several. */
  span(from: number, to: number, stage: string): (fraction: number) => void {
    return (fraction) => this.report(from + (to - from) * fraction, stage);
  }
}
