// Exports handed to the user as files, through the app's one download helper.
import type { Design } from '../../model/types';
import { slugify } from '../files/designFileName';
import { downloadBlob, downloadText } from '../files/download';
import { exportDrawio } from './drawio/drawioExport';
import type { ExportOptions } from './exportOptions';
import { rasteriseSvg } from './png';
import { exportSvg, renderSvg } from './svg/svgExport';

/** `payments-lab.svg`, `payments-lab@2x.png`: the design's file name with the export's suffix. */
export const exportFileName = (designName: string | undefined, suffix: string): string =>
  `${slugify(designName ?? '') || 'design'}${suffix}`;

export function downloadSvg(doc: Design, options: ExportOptions): string {
  const fileName = exportFileName(doc.name, '.svg');
  downloadText(fileName, exportSvg(doc, options), 'image/svg+xml');
  return fileName;
}

export async function downloadPng(doc: Design, options: ExportOptions, scale: 1 | 2): Promise<string> {
  const fileName = exportFileName(doc.name, scale === 1 ? '.png' : '@2x.png');
  downloadBlob(fileName, await rasteriseSvg(renderSvg(doc, options), scale));
  return fileName;
}

export function downloadDrawio(doc: Design, options: ExportOptions): string {
  const fileName = exportFileName(doc.name, '.drawio');
  downloadText(fileName, exportDrawio(doc, options), 'application/vnd.jgraph.mxfile');
  return fileName;
}
