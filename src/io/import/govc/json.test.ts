import { describe, expect, it } from 'vitest';
import { at, field, parseJsonValues } from './json';
import { hostFromFileName } from './readGovc';

describe('govc JSON', () => {
  it('reads one value, or several written one after another', () => {
    expect(parseJsonValues('{"a":1}', 'f')).toEqual([{ a: 1 }]);
    expect(parseJsonValues('{"a":"}"}\n{"b":[1]}\n', 'f')).toEqual([{ a: '}' }, { b: [1] }]);
    expect(() => parseJsonValues('{"a":', 'f.json')).toThrow(/f\.json: this is not valid JSON/);
  });

  it('reads keys whatever their case', () => {
    const vm = { Runtime: { PowerState: 'poweredOn' } };
    expect(at(vm, 'runtime.powerState')).toBe('poweredOn');
    expect(field({ virtualMachines: [] }, 'VirtualMachines')).toEqual([]);
    expect(field({ __proto__: 1 } as never, 'constructor')).toBeUndefined();
  });

  it('finds the host name in single-host file names', () => {
    expect(hostFromFileName('esx-02.lab.local.vswitch.json')).toBe('esx-02.lab.local');
    expect(hostFromFileName('esx1-portgroup-info.json')).toBe('esx1');
    expect(hostFromFileName('esx1.config.network.json')).toBe('esx1');
  });
});
