import { useAppStore } from '../store/StoreProvider';

/** Says when the evaluator restarted or failed; the design itself is never affected. */
export function EvaluatorBanner() {
  const notice = useAppStore((s) => s.evaluatorNotice);
  const dismiss = useAppStore((s) => s.setEvaluatorNotice);
  if (!notice) return null;
  return (
    <div className="evaluator-banner" role="alert" data-testid="evaluator-banner">
      <span>{notice}</span>
      <button type="button" onClick={() => dismiss(null)} aria-label="Dismiss">
        ×
      </button>
    </div>
  );
}
