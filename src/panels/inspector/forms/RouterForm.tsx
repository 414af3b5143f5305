import { deleteElements } from '../../../model/commands/deleteElements';
import { addRouterInterface } from '../../../model/commands/routerParts';
import type { Design, Router } from '../../../model/types';
import { GatewayFirewall } from '../../firewall/GatewayFirewall';
import { labelOf } from '../options';
import { useRun } from '../useEdit';
import { IdNameFields, NotesField } from './CommonFields';
import { InterfaceFields } from './InterfaceFields';
import { NatTable } from './NatTable';
import { RouteTable } from './RouteTable';
import { AddButton, RowActions } from './RowActions';

export function RouterForm({ router, doc }: { router: Router; doc: Design }) {
  const run = useRun();
  return (
    <>
      <IdNameFields kind="router" el={router} />
      <fieldset className="section">
        <legend>Interfaces</legend>
        {(router.interfaces ?? []).map((iface, i) => {
          const prefix = `inspector.router.interfaces.${i}`;
          return (
            <fieldset key={iface.id} className="subsection">
              <legend>{labelOf(iface)}</legend>
              {/* Routes and NAT rules name interfaces by id, so the id is editable here too. */}
              <IdNameFields kind="routerInterface" el={iface} prefix={prefix} />
              <InterfaceFields iface={iface} doc={doc} prefix={prefix} showName={false} />
              <RowActions
                testId={prefix}
                what={labelOf(iface)}
                onRemove={() => run(deleteElements, { ids: [iface.id] })}
                text
              />
            </fieldset>
          );
        })}
        <AddButton
          testId="inspector.router.interfaces.add"
          label="Add interface"
          onAdd={() => run(addRouterInterface, { router: router.id })}
        />
      </fieldset>
      <RouteTable router={router} />
      <NatTable router={router} />
      <GatewayFirewall router={router} doc={doc} />
      <NotesField kind="router" el={router} />
    </>
  );
}
