import { useTestFromHere } from './TestFromHereProvider';

/** The VM form's way in: try a flow from this VM without saving it. */
export function TestFromHereButton({ vm }: { vm: string }) {
  const { open } = useTestFromHere();
  return (
    <button
      type="button"
      className="test-from-here-button"
      data-testid="test-from-here"
      title="Try a flow from this VM to another VM, adapter or address, without saving it"
      onClick={() => open(vm)}
    >
      ▶ Test from here…
    </button>
  );
}
