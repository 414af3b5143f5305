// A router's static routes: a destination CIDR, and a next-hop address or an
// interface to leave by (MODEL.md routers[].routes).
import { addRoute } from '../../../model/commands/routerParts';
import type { Route, Router } from '../../../model/types';
import { SelectField } from '../fields/SelectField';
import { TextField } from '../fields/TextField';
import { options } from '../options';
import { useRun, useUpdate } from '../useEdit';
import { AddButton, moved, RowActions } from './RowActions';
import { RowsHead } from './RowsHead';
import { parseCidr, parseIpv4 } from '../fields/fieldParsers';

const KINDS = [
  { value: 'via', label: 'Via address' },
  { value: 'interface', label: 'Out of interface' },
];

export function RouteTable({ router }: { router: Router }) {
  const update = useUpdate(router.id);
  const run = useRun();
  const routes = router.routes ?? [];
  const interfaces = (router.interfaces ?? []).map((f) => f.id);
  const set = (next: Route[]) => update({ routes: next });
  const replace = (i: number, route: Route) => set(routes.map((r, j) => (j === i ? route : r)));
  const rekind = (route: Route, kind: string): Route | string => {
    if (kind === 'interface') {
      const first = interfaces[0];
      return first ? { to: route.to, interface: first } : 'the router has no interface yet';
    }
    // A next hop to start from: the first host address of the destination, to be corrected.
    return { to: route.to, via: route.to.split('/')[0] ?? '0.0.0.0' };
  };
  return (
    <fieldset className="section">
      <legend>Routes</legend>
      {routes.length > 0 && (
        <table className="rows">
          <RowsHead columns={['Destination', 'Next hop']} />
          <tbody>
            {routes.map((route, i) => {
              const testId = `inspector.router.routes.${i}`;
              return (
                <tr key={i}>
                  <td>
                    <TextField
                      label={`Route ${i + 1} destination`}
                      hideLabel
                      testId={`${testId}.to`}
                      value={route.to}
                      parse={parseCidr}
                      onCommit={(to) => replace(i, { ...route, to })}
                    />
                  </td>
                  <td>
                    <div className="cell-stack">
                      <SelectField
                        label={`Route ${i + 1} next hop kind`}
                        hideLabel
                        testId={`${testId}.kind`}
                        value={'via' in route ? 'via' : 'interface'}
                        options={KINDS}
                        onCommit={(kind) => {
                          const next = rekind(route, kind);
                          return typeof next === 'string' ? next : replace(i, next);
                        }}
                      />
                      {'via' in route ? (
                        <TextField
                          label={`Route ${i + 1} via`}
                          hideLabel
                          testId={`${testId}.via`}
                          value={route.via}
                          parse={parseIpv4}
                          onCommit={(via) => replace(i, { ...route, via })}
                        />
                      ) : (
                        <SelectField
                          label={`Route ${i + 1} interface`}
                          hideLabel
                          testId={`${testId}.interface`}
                          value={route.interface}
                          options={options(interfaces)}
                          onCommit={(iface) => replace(i, { ...route, interface: iface })}
                        />
                      )}
                    </div>
                  </td>
                  <td>
                    <RowActions
                      testId={testId}
                      what={`route to ${route.to}`}
                      onUp={i > 0 ? () => set(moved(routes, i, -1)) : undefined}
                      onDown={i < routes.length - 1 ? () => set(moved(routes, i, 1)) : undefined}
                      onRemove={() => set(routes.filter((_, j) => j !== i))}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <AddButton
        testId="inspector.router.routes.add"
        label="Add route"
        onAdd={() => run(addRoute, { router: router.id })}
      />
    </fieldset>
  );
}
