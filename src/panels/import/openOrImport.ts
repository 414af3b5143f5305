// Files dropped on the canvas or chosen in the Import dialog: a design opens,
// an inventory is imported (dropRouting.ts says which).
import { openDesignFile } from '../../io/files/openDesignFile';
import type { AppStore } from '../../store/createAppStore';
import { routeFiles } from './dropRouting';
import type { ImportSession } from './importSession';

export async function openOrImport(
  app: AppStore,
  session: ImportSession,
  files: readonly File[],
): Promise<void> {
  const route = await routeFiles(files);
  if (route.kind === 'design') await openDesignFile(app, route.file);
  else if (route.kind === 'refuse') app.getState().notify({ kind: 'error', text: route.message });
  else await session.importFiles(route.files);
}
