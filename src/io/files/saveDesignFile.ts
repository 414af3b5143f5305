import { serializeDesign } from '../../model/serialize';
import type { Design } from '../../model/types';
import { designFileName } from './designFileName';
import { downloadText } from './download';

/** Downloads the design as `<its name>.json`, exactly the text a later Open reads back. */
export function saveDesignFile(doc: Design): string {
  const fileName = designFileName(doc.name);
  downloadText(fileName, serializeDesign(doc), 'application/json');
  return fileName;
}
