// "Adapter of web-01": a button that selects the owner of a part.
import { useAppStore } from '../../../store/StoreProvider';

export function OwnerLink({
  what,
  owner,
  testId,
}: {
  what: string;
  owner: { id: string; name?: string | undefined };
  testId: string;
}) {
  const select = useAppStore((s) => s.select);
  return (
    <p className="owner-link">
      {what} of{' '}
      <button type="button" className="link-button" data-testid={testId} onClick={() => select([owner.id])}>
        {owner.name ?? owner.id}
      </button>
    </p>
  );
}
