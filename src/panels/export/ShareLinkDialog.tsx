// The outgoing share link: shown in a field to copy by hand, copied to the
// clipboard when the browser allows it; or, for a design too large for a
// link, the way out: save it as a file.
import { useEffect, useState } from 'react';
import { copyText } from '../../io/clipboard';
import { saveDesignFile } from '../../io/files/saveDesignFile';
import type { ShareLinkResult } from '../../io/share/shareLink';
import type { Design } from '../../model/types';
import { Modal } from './Modal';

type CopyState = 'copying' | 'copied' | 'failed';

const kilobytes = (chars: number): string => `${(chars / 1024).toFixed(1)} KB`;

interface ShareLinkDialogProps {
  link: ShareLinkResult;
  doc: Design;
  onClose: () => void;
}

export function ShareLinkDialog({ link, doc, onClose }: ShareLinkDialogProps) {
  if (!link.ok)
    return (
      <Modal title="This design is too large for a link" testId="export.share.dialog" onClose={onClose}>
        <p data-testid="export.share.tooLarge">
          Its link would be {kilobytes(link.hashLength)} long; share links stop at {kilobytes(link.limit)} so
          that they survive chats, tickets and e-mail. Save the design as a file and share the file instead.
        </p>
        <div className="export-dialog-actions">
          <button type="button" onClick={onClose} data-testid="export.share.close">
            Close
          </button>
          <button
            type="button"
            className="primary"
            data-testid="export.share.saveFile"
            onClick={() => {
              saveDesignFile(doc);
              onClose();
            }}
          >
            Save as file
          </button>
        </div>
      </Modal>
    );
  return <LinkReady url={link.url} onClose={onClose} />;
}

function LinkReady({ url, onClose }: { url: string; onClose: () => void }) {
  const [copy, setCopy] = useState<CopyState>('copying');
  const copyNow = () => {
    setCopy('copying');
    void copyText(url).then((ok) => setCopy(ok ? 'copied' : 'failed'));
  };
  useEffect(() => {
    let shown = true;
    void copyText(url).then((ok) => {
      if (shown) setCopy(ok ? 'copied' : 'failed');
    });
    return () => {
      shown = false;
    };
  }, [url]);
  return (
    <Modal title="Share link" testId="export.share.dialog" onClose={onClose}>
      <p>
        Anyone with this link opens a copy of the design. The design travels inside the link and is not
        uploaded anywhere.
      </p>
      <input
        className="export-dialog-url"
        readOnly
        value={url}
        aria-label="Share link"
        data-testid="export.share.url"
        onFocus={(event) => event.currentTarget.select()}
      />
      <p className="export-dialog-status" data-state={copy} data-testid="export.share.status" role="status">
        {copy === 'copied' && 'Copied to the clipboard.'}
        {copy === 'failed' && 'Could not copy automatically: select the link above and copy it (Ctrl+C).'}
        {copy === 'copying' && 'Copying…'}
      </p>
      <div className="export-dialog-actions">
        <button type="button" onClick={copyNow} data-testid="export.share.copy">
          Copy again
        </button>
        <button type="button" className="primary" onClick={onClose} data-testid="export.share.close">
          Done
        </button>
      </div>
    </Modal>
  );
}
