// Firewall selectors (sources, destinations, appliedTo) as comma-separated
// text: "any", "tag:NAME", an IPv4 address or CIDR, or an element id. Syntax is
// checked as the user types; ids are checked against the design too.
import { formatList, refine, type Parser } from './parsers';
import { TextField } from './TextField';
import type { Commit } from './useDraft';
import { parseSelectorList } from './fieldParsers';

const DOTTED_OR_SPECIAL = /^(any|tag:.*|\d+(\.\d+){3}(\/\d+)?)$/;

export function selectorListParser(knownIds: ReadonlySet<string>): Parser<string[] | undefined> {
  const list = refine(parseSelectorList, (selectors) => {
    const unknown = selectors.find((s) => !DOTTED_OR_SPECIAL.test(s) && !knownIds.has(s));
    return unknown === undefined
      ? null
      : `"${unknown}" names no element in this design (a tag is written "tag:${unknown}")`;
  });
  // Clearing the field removes the key, which means "any"; an explicitly empty list would match nothing.
  return (text) => (text.trim() === '' ? { ok: true, value: undefined } : list(text));
}

export interface SelectorListFieldProps {
  label: string;
  testId: string;
  value: readonly string[] | undefined;
  knownIds: ReadonlySet<string>;
  onCommit: Commit<string[] | undefined>;
  hideLabel?: boolean | undefined;
}

export function SelectorListField({ value, knownIds, ...rest }: SelectorListFieldProps) {
  return (
    <TextField {...rest} value={formatList(value)} parse={selectorListParser(knownIds)} placeholder="any" />
  );
}
