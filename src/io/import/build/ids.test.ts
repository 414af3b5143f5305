import { describe, expect, it } from 'vitest';
import { ReportBuilder } from '../report';
import { displayNameOf, IdAllocator, portNameOf, slug } from './ids';

describe('ids', () => {
  it('slugs names into the id alphabet', () => {
    expect(slug('VM Network (prod)')).toBe('VM-Network-prod');
    expect(slug('Ünïcödé-01')).toBe('Unicode-01');
    expect(slug('Øst')).toBe('st');
    expect(slug('--.x.--')).toBe('x');
  });

  it('makes ids unique, at most 64 characters, with a fallback for names with no usable character', () => {
    const ids = new IdAllocator();
    expect([ids.take('web', 'vm'), ids.take('web', 'vm'), ids.take('web', 'vm')]).toEqual([
      'web',
      'web-2',
      'web-3',
    ]);
    expect(ids.take('日本', 'vm')).toBe('vm');
    const long = 'a'.repeat(100);
    const first = ids.take(long, 'x');
    const second = ids.take(long, 'x');
    expect([first.length, second.length]).toEqual([64, 64]);
    expect(second.endsWith('-2')).toBe(true);
  });

  it('shortens long names to 80 characters and says so', () => {
    const report = new ReportBuilder();
    expect([...(displayNameOf('n'.repeat(90), report) ?? '')]).toHaveLength(80);
    expect(report.build('x', [], {} as never).assumptions[0]?.what).toMatch(/shortened/);
    expect(displayNameOf('  ', report)).toBeUndefined();
  });

  it('makes port names without spaces or colons', () => {
    expect(portNameOf('vmnic 0:1')).toBe('vmnic_0_1');
  });
});
