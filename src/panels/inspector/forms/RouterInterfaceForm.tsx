import type { Design, Router, RouterInterface } from '../../../model/types';
import { IdNameFields, NotesField } from './CommonFields';
import { InterfaceFields } from './InterfaceFields';
import { OwnerLink } from './OwnerLink';

export function RouterInterfaceForm({
  iface,
  router,
  doc,
}: {
  iface: RouterInterface;
  router: Router;
  doc: Design;
}) {
  return (
    <>
      <OwnerLink what="Interface" owner={router} testId="inspector.routerInterface.owner" />
      <IdNameFields kind="routerInterface" el={iface} />
      <InterfaceFields iface={iface} doc={doc} prefix="inspector.routerInterface" showName={false} />
      <NotesField kind="routerInterface" el={iface} />
    </>
  );
}
