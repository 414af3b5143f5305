import { describe, expect, it } from 'vitest';
import { richDesign } from './fixtures/richDesign';
import { addVmAdapter, addVmkernel } from './adapters';
import { addNatRule, addRoute, addRouterInterface } from './routerParts';
import type { Design } from '../types';

const emptyRouterDoc: Design = { format: 'vnet-design', version: 1, routers: [{ id: 'r9' }] };

describe('adding adapters', () => {
  it('adds a VM adapter with the next free id, on a network when given', () => {
    const result = addVmAdapter.run(richDesign(), { vm: 'web-01', network: 'pg-db' });
    expect(result.ok && result.doc.vms?.[0]?.nics?.[1]).toEqual({ id: 'web-01-n1', network: 'pg-db' });
    expect(addVmAdapter.run(richDesign(), { vm: 'esx1' }).ok).toBe(false);
  });

  it('refuses an adapter on a network that does not exist', () => {
    expect(addVmAdapter.run(richDesign(), { vm: 'web-01', network: 'web-01' }).ok).toBe(false);
  });

  it('adds a VMkernel adapter named after the first free vmkN', () => {
    const result = addVmkernel.run(richDesign(), { host: 'esx1' });
    expect(result.ok && result.doc.hosts?.[0]?.vmkernels?.[1]).toEqual({ id: 'esx1-vmk1', name: 'vmk1' });
    expect(addVmkernel.run(richDesign(), { host: 'tor1' }).ok).toBe(false);
  });
});

describe('router parts', () => {
  it('adds interfaces with ids after the router', () => {
    const once = addRouterInterface.run(emptyRouterDoc, { router: 'r9' });
    const twice = once.ok ? addRouterInterface.run(once.doc, { router: 'r9' }) : once;
    expect(twice.ok && twice.doc.routers?.[0]?.interfaces).toEqual([{ id: 'r9-if1' }, { id: 'r9-if2' }]);
  });

  it('a route or NAT rule needs an interface to name', () => {
    expect(addRoute.run(emptyRouterDoc, { router: 'r9' }).ok).toBe(false);
    expect(addNatRule.run(emptyRouterDoc, { router: 'r9' }).ok).toBe(false);
  });

  it('adds a default route and a source NAT rule on the external interface', () => {
    const route = addRoute.run(richDesign(), { router: 'r1' });
    expect(route.ok && route.doc.routers?.[0]?.routes?.at(-1)).toEqual({
      to: '0.0.0.0/0',
      interface: 'r1-web',
    });
    const nat = addNatRule.run(richDesign(), { router: 'r1' });
    expect(nat.ok && nat.doc.routers?.[0]?.nat?.at(-1)).toEqual({ type: 'snat', interface: 'r1-wan' });
  });
});
