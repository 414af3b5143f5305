// Where dropped or chosen files go: a vnet-design document opens as a design
// (the usual open path), everything else goes to the importer, which knows
// RVTools .xlsx, RVTools CSV sets and govc JSON and refuses the rest clearly.
// A .json file is told apart by its content, not its name.
import { MAX_DESIGN_FILE_BYTES } from '../../io/files/openDesignFile';

export interface PickedFile {
  name: string;
  size: number;
  text: () => Promise<string>;
}

export type FileRoute<F extends PickedFile> =
  { kind: 'design'; file: F } | { kind: 'import'; files: F[] } | { kind: 'refuse'; message: string };

const DESIGN_FORMAT = /"format"\s*:\s*"vnet-design"/;

/** Whether a .json file is a design: it says so in its `format`, even when it is broken elsewhere. */
export async function isDesignFile(file: PickedFile): Promise<boolean> {
  if (!file.name.toLowerCase().endsWith('.json') || file.size > MAX_DESIGN_FILE_BYTES) return false;
  let text: string;
  try {
    text = await file.text();
  } catch {
    return false;
  }
  try {
    const value: unknown = JSON.parse(text);
    return (
      typeof value === 'object' && value !== null && (value as { format?: unknown }).format === 'vnet-design'
    );
  } catch {
    return DESIGN_FORMAT.test(text);
  }
}

export async function routeFiles<F extends PickedFile>(files: readonly F[]): Promise<FileRoute<F>> {
  if (files.length === 0) return { kind: 'refuse', message: 'No file was dropped.' };
  const designs = await Promise.all(files.map(isDesignFile));
  if (!designs.some(Boolean)) return { kind: 'import', files: [...files] };
  if (files.length === 1) return { kind: 'design', file: files[0]! };
  return {
    kind: 'refuse',
    message:
      'Nothing was opened: drop one design file on its own, or only inventory files (an RVTools .xlsx, its CSV files, or govc JSON). Your design is unchanged.',
  };
}
