// Export: SVG (optionally with the problems list), PNG at 1× and 2×, .drawio,
// and a share link. The exporters are pure; this menu is where the store is
// read: the document, and the link statuses and problems of the evaluation.
import { useState } from 'react';
import { Menu } from '../../app/menus/Menu';
import type { MenuItem } from '../../app/menus/Menu';
import { downloadDrawio, downloadPng, downloadSvg } from '../../io/export/downloadExports';
import type { ExportOptions } from '../../io/export/exportOptions';
import { ImageTooLargeError } from '../../io/export/png';
import { pageAddress } from '../../io/share/locationHash';
import { makeShareLink } from '../../io/share/shareLink';
import type { ShareLinkResult } from '../../io/share/shareLink';
import type { Design } from '../../model/types';
import { selectLinkStatuses } from '../../store/evaluationSlice';
import { useAppStore, useAppStoreApi } from '../../store/StoreProvider';
import { ShareLinkDialog } from './ShareLinkDialog';

export function ExportMenu() {
  const store = useAppStoreApi();
  const evaluated = useAppStore((s) => s.evaluation !== null);
  const [share, setShare] = useState<{ link: ShareLinkResult; doc: Design } | null>(null);

  const current = (withProblems: boolean): [Design, ExportOptions] => {
    const state = store.getState();
    const problems = withProblems ? state.evaluation?.problems : undefined;
    return [state.doc, { statuses: selectLinkStatuses(state), ...(problems ? { problems } : {}) }];
  };

  const failed = (what: string, error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    const advice = error instanceof ImageTooLargeError ? ' Export at 1× or as SVG instead.' : '';
    store.getState().notify({ kind: 'error', text: `The ${what} export failed: ${reason}.${advice}` });
  };
  const attempt = (what: string, run: () => unknown) => {
    try {
      const result = run();
      if (result instanceof Promise) result.catch((error: unknown) => failed(what, error));
    } catch (error) {
      failed(what, error);
    }
  };

  const items: MenuItem[] = [
    {
      key: 'svg',
      label: 'SVG',
      description: 'Vector picture for wikis and change requests',
      testId: 'export.svg',
      onSelect: () => attempt('SVG', () => downloadSvg(...current(false))),
    },
    {
      key: 'svg-problems',
      label: 'SVG with problems list',
      testId: 'export.svg-problems',
      disabled: !evaluated,
      onSelect: () => attempt('SVG', () => downloadSvg(...current(true))),
    },
    {
      key: 'png-1x',
      label: 'PNG 1×',
      testId: 'export.png-1x',
      onSelect: () => attempt('PNG', () => downloadPng(...current(false), 1)),
    },
    {
      key: 'png-2x',
      label: 'PNG 2×',
      description: 'Twice the pixels, for sharp prints and high-density screens',
      testId: 'export.png-2x',
      onSelect: () => attempt('PNG', () => downloadPng(...current(false), 2)),
    },
    {
      key: 'drawio',
      label: '.drawio',
      description: 'Opens and edits in diagrams.net',
      testId: 'export.drawio',
      onSelect: () => attempt('.drawio', () => downloadDrawio(...current(false))),
    },
    {
      key: 'share',
      label: 'Copy share link',
      description: 'The design inside a link; nothing is uploaded',
      testId: 'export.share',
      onSelect: () => {
        const doc = store.getState().doc;
        setShare({ link: makeShareLink(doc, pageAddress()), doc });
      },
    },
  ];

  return (
    <>
      <Menu label="Export" testId="toolbar.export" items={items} />
      {share && <ShareLinkDialog link={share.link} doc={share.doc} onClose={() => setShare(null)} />}
    </>
  );
}
