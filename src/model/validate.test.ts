import { describe, expect, it } from 'vitest';
import { baseDesign, edited, errorsOf, portGroupOf, vmOf } from './fixtures/testDesign';
import { formatError, parseDesignText, validateDesign } from './validate';

describe('validateDesign', () => {
  it('returns the document itself, not a copy with defaults filled in', () => {
    const doc = baseDesign();
    const result = validateDesign(doc);
    expect(result.ok && result.doc).toBe(doc);
  });

  it('reports errors in the order of the file, whichever check found them', () => {
    const doc = edited((d) => {
      d.flows![0]!.to = 'nobody';
      vmOf(d, 'db-01').host = 'nobody';
      vmOf(d, 'web-01').nics![0]!.mtu = 20;
      portGroupOf(d, 'pg-web').switch = 'nobody';
    });
    expect(errorsOf(doc).map((e) => e.path)).toEqual([
      '/portGroups/1/switch',
      '/vms/0/nics/0/mtu',
      '/vms/1/host',
      '/flows/0/to',
    ]);
  });
});

describe('parseDesignText', () => {
  it('reports text that is not JSON at the root', () => {
    expect(parseDesignText('{ "format": ')).toEqual({
      ok: false,
      errors: [{ path: '', message: expect.stringContaining('the file is not valid JSON') }],
    });
  });
  it('reports a file without a format', () => {
    expect(parseDesignText('{}')).toEqual({
      ok: false,
      errors: [{ path: '/format', message: expect.stringContaining('"format" is required') }],
    });
  });
  it('accepts the smallest design there is', () => {
    expect(parseDesignText('{ "format": "vnet-design", "version": 1 }').ok).toBe(true);
  });
});

describe('formatError', () => {
  it('puts the path before the message, and leaves a root error alone', () => {
    expect(formatError({ path: '/vms/0/host', message: '"x" is not a host in this design' })).toBe(
      '/vms/0/host: "x" is not a host in this design',
    );
    expect(formatError({ path: '', message: 'the file is not valid JSON' })).toBe(
      'the file is not valid JSON',
    );
  });
});
