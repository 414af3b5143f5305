// The rules of MODEL.md 1.1 that a schema cannot express: ids, references,
// VLAN forms against their switch, host kinds, uplinks, cables, DHCP ranges,
// routes and NAT rules, generated ids, flows. Each check reports every error it
// finds; all run in time linear in the size of the document (maps, no nested
// scans), since they run on every import and edit, on designs of 20,000 VMs.
import type { Design, ValidationError } from '../types';
import { checkCables } from './cables';
import { buildContext, type SemanticContext } from './context';
import { checkDhcpRanges } from './dhcpRanges';
import { checkFlows } from './flows';
import { checkGeneratedIdCollisions } from './generatedIds';
import { checkHostKinds } from './hostKinds';
import { checkUniqueIds, checkUniquePortNames } from './ids';
import { checkInterfaceRefs } from './interfaceRefs';
import { ErrorList } from './phrases';
import { checkReferences } from './references';
import { checkSelectors } from './selectors';
import { checkUplinks } from './uplinks';
import { checkPvlanTables, checkVlanForms } from './vlanForms';

type Check = (ctx: SemanticContext, errors: ErrorList) => void;

const CHECKS: readonly Check[] = [
  checkUniqueIds,
  checkGeneratedIdCollisions,
  checkUniquePortNames,
  checkReferences,
  checkHostKinds,
  checkVlanForms,
  checkPvlanTables,
  checkUplinks,
  checkCables,
  checkDhcpRanges,
  checkInterfaceRefs,
  checkSelectors,
  checkFlows,
];

/**
 * The semantic errors of a document. With `shapeErrorPaths` (the paths of its
 * schema errors) the document may be malformed: only the elements without a
 * schema error are checked, and ids are read defensively from the raw input.
 */
export function semanticErrors(doc: Design, shapeErrorPaths: readonly string[] = []): ValidationError[] {
  const ctx = buildContext(doc, shapeErrorPaths);
  const errors = new ErrorList();
  for (const check of CHECKS) check(ctx, errors);
  return errors.items;
}
