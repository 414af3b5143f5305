// The inspector: the form of the selected element (every field of its kind),
// the design's own fields when nothing is selected, a count and Delete when
// several are. Forms are keyed by id, so a half-typed value never follows the
// selection to another element.
import { memo, useMemo } from 'react';
import { findElement } from '../../model/commands/findElement';
import { indexDesign, type IndexedElement } from '../../model/elementIndex';
import type { Design } from '../../model/types';
import { useAppStoreApi, useAppStoreShallow } from '../../store/StoreProvider';
import { FlowForm } from '../flows/FlowForm';
import { deleteSelection } from './deleteSelection';
import { CableForm } from './forms/CableForm';
import { DesignForm } from './forms/DesignForm';
import { HostForm } from './forms/HostForm';
import { PhysicalSwitchForm } from './forms/PhysicalSwitchForm';
import { PortGroupForm } from './forms/PortGroupForm';
import { RouterForm } from './forms/RouterForm';
import { RouterInterfaceForm } from './forms/RouterInterfaceForm';
import { RuleForm } from './forms/RuleForm';
import { SwitchForm } from './forms/SwitchForm';
import { VmForm } from './forms/VmForm';
import { VmkernelForm } from './forms/VmkernelForm';
import { VmNicForm } from './forms/VmNicForm';
import { kindTitle } from './kindTitle';
import { useDesignContent } from './useEdit';
import './inspector.css';

export function Inspector() {
  const doc = useDesignContent();
  const selection = useAppStoreShallow((s) => s.selection);
  const selected = useMemo(() => selectedElements(doc, selection), [doc, selection]);
  const only = selected.length === 1 ? selected[0] : undefined;
  return (
    <aside className="inspector" aria-label="Inspector" data-testid="inspector">
      {selected.length === 0 && <DesignForm doc={doc} />}
      {selected.length > 1 && <MultiSelection count={selected.length} />}
      {only && <ElementPanel key={only.id} entry={only} doc={doc} />}
    </aside>
  );
}

/** Up to this many selected ids are looked up one by one; more, and indexing the design is cheaper. */
const FIND_ONE_BY_ONE = 16;

/** The selected elements. Not by indexing the whole design after every edit: usually a few are selected. */
function selectedElements(doc: Design, selection: readonly string[]): IndexedElement[] {
  const index = selection.length > FIND_ONE_BY_ONE ? indexDesign(doc) : null;
  return selection.flatMap((id) => {
    const entry = index ? index.get(id) : findElement(doc, id);
    return entry ? [entry] : [];
  });
}

function DeleteButton({ label }: { label: string }) {
  const store = useAppStoreApi();
  return (
    <button
      type="button"
      className="danger-button"
      data-testid="inspector.delete"
      onClick={() => deleteSelection(store)}
    >
      {label}
    </button>
  );
}

function MultiSelection({ count }: { count: number }) {
  return (
    <>
      <h2 className="inspector-title" data-testid="inspector.count">
        {count} elements selected
      </h2>
      <p className="muted">Deleting them also removes what exists only for them.</p>
      <DeleteButton label={`Delete ${count} elements`} />
    </>
  );
}

const ElementPanel = memo(function ElementPanel({ entry, doc }: { entry: IndexedElement; doc: Design }) {
  const title = kindTitle(entry);
  return (
    <div className="inspector-form" data-testid={`inspector.form.${entry.kind}`}>
      <div className="inspector-heading">
        <h2 className="inspector-title">{title}</h2>
        <DeleteButton label="Delete" />
      </div>
      <ElementForm entry={entry} doc={doc} />
    </div>
  );
});

function ElementForm({ entry, doc }: { entry: IndexedElement; doc: Design }) {
  switch (entry.kind) {
    case 'host':
      return <HostForm host={entry.el} doc={doc} />;
    case 'vmkernel':
      return <VmkernelForm vmk={entry.el} host={entry.host} doc={doc} />;
    case 'switch':
      return <SwitchForm sw={entry.el} doc={doc} />;
    case 'portGroup':
      return <PortGroupForm pg={entry.el} doc={doc} />;
    case 'vm':
      return <VmForm vm={entry.el} doc={doc} />;
    case 'vmNic':
      return <VmNicForm nic={entry.el} vm={entry.vm} doc={doc} />;
    case 'physicalSwitch':
      return <PhysicalSwitchForm ps={entry.el} />;
    case 'router':
      return <RouterForm router={entry.el} doc={doc} />;
    case 'routerInterface':
      return <RouterInterfaceForm iface={entry.el} router={entry.router} doc={doc} />;
    case 'cable':
      return <CableForm cable={entry.el} doc={doc} />;
    case 'rule':
      return <RuleForm rule={entry.el} doc={doc} />;
    case 'gatewayRule':
      return <RuleForm rule={entry.el} router={entry.router} doc={doc} />;
    case 'flow':
      return <FlowForm flow={entry.el} doc={doc} />;
  }
}
