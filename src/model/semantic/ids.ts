// Ids are unique across the whole document, and host NIC and physical port
// names within their owner (MODEL.md section 1, Ids). The error is at the later
// occurrence: the earlier one is what other elements most likely refer to.
import type { SemanticContext } from './context';
import { kindPhrase, quote, type ErrorList } from './phrases';

export function checkUniqueIds(ctx: SemanticContext, errors: ErrorList): void {
  for (const [id, later] of ctx.repeats) {
    const first = ctx.ids.get(id);
    if (first)
      for (const entry of later)
        errors.add(
          `${entry.path}/id`,
          `${quote(id)} is already the id of ${kindPhrase(first)} (${first.path}); ids must be unique across the whole design`,
        );
  }
}

export function checkUniquePortNames(ctx: SemanticContext, errors: ErrorList): void {
  for (const { el: host, path } of ctx.hosts)
    uniqueNames(
      host.nics ?? [],
      `${path}/nics`,
      (name) => `${quote(host.id)} already has a NIC named ${quote(name)}`,
      errors,
    );
  for (const { el: sw, path } of ctx.physicalSwitches)
    uniqueNames(
      sw.ports ?? [],
      `${path}/ports`,
      (name) => `${quote(sw.id)} already has a port named ${quote(name)}`,
      errors,
    );
}

function uniqueNames(
  items: readonly { name: string }[],
  base: string,
  explain: (name: string) => string,
  errors: ErrorList,
): void {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const earlier = seen.get(item.name);
    if (earlier === undefined) seen.set(item.name, i);
    else
      errors.add(
        `${base}/${i}/name`,
        `${explain(item.name)} (${base}/${earlier}); names must be unique within their owner`,
      );
  });
}
