// An adapter's address: none, a static address with its prefix, or DHCP.
// Choosing "static" opens the address box; nothing is committed until it holds
// a valid address, so the document never passes through a half-typed state.
import { useState } from 'react';
import { SelectField } from './SelectField';
import { TextField } from './TextField';
import type { Commit } from './useDraft';
import { parseCidr } from './fieldParsers';

type Mode = 'none' | 'static' | 'dhcp';

const modeOf = (value: string | undefined): Mode =>
  value === undefined ? 'none' : value === 'dhcp' ? 'dhcp' : 'static';

const MODES = [
  { value: 'none', label: 'No address' },
  { value: 'static', label: 'Static address' },
  { value: 'dhcp', label: 'DHCP' },
];

export interface IpFieldProps {
  label: string;
  testId: string;
  value: string | undefined;
  onCommit: Commit<string | undefined>;
}

export function IpField({ label, testId, value, onCommit }: IpFieldProps) {
  const [mode, setMode] = useState<Mode>(modeOf(value));
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    setMode(modeOf(value));
  }
  const chooseMode = (next: string): string | null => {
    if (next === 'static') {
      setMode('static');
      return null;
    }
    return onCommit(next === 'dhcp' ? 'dhcp' : undefined);
  };
  return (
    <div className="field-group">
      <SelectField
        label="Addressing"
        testId={`${testId}.mode`}
        value={mode}
        options={MODES}
        onCommit={chooseMode}
      />
      {mode === 'static' && (
        <TextField
          label={label}
          testId={testId}
          value={value === undefined || value === 'dhcp' ? '' : value}
          parse={parseCidr}
          onCommit={onCommit}
          placeholder="10.0.0.5/24"
        />
      )}
    </div>
  );
}
