import { describe, expect, it } from 'vitest';
import { MAX_DESIGN_FILE_BYTES } from '../../io/files/openDesignFile';
import { isDesignFile, routeFiles, type PickedFile } from './dropRouting';

const picked = (name: string, text: string, size = text.length): PickedFile => ({
  name,
  size,
  text: async () => text,
});

const design = picked('lab.json', JSON.stringify({ format: 'vnet-design', version: 1 }));
const govc = picked('hosts.json', JSON.stringify([{ Name: 'esx-01' }]));

describe('routeFiles', () => {
  it('opens one design file as a design, whatever its other contents', async () => {
    expect(await routeFiles([design])).toEqual({ kind: 'design', file: design });
    const broken = picked('broken.json', '{ "version": 1, "format": "vnet-design", oops');
    expect(await routeFiles([broken])).toEqual({ kind: 'design', file: broken });
  });

  it('imports everything else: RVTools files, CSV sets, govc JSON, and unknown files for the importer to refuse', async () => {
    const csvs = [picked('RVTools_tabvInfo.csv', 'VM\nweb'), picked('RVTools_tabvNetwork.csv', 'VM\nweb')];
    expect(await routeFiles(csvs)).toEqual({ kind: 'import', files: csvs });
    expect(await routeFiles([govc])).toEqual({ kind: 'import', files: [govc] });
    const xlsx = picked('export.xlsx', 'PK');
    expect(await routeFiles([xlsx])).toEqual({ kind: 'import', files: [xlsx] });
    const notes = picked('notes.txt', 'hello');
    expect(await routeFiles([notes])).toEqual({ kind: 'import', files: [notes] });
  });

  it('refuses a design mixed with other files, and an empty drop', async () => {
    expect((await routeFiles([design, govc])).kind).toBe('refuse');
    expect((await routeFiles([])).kind).toBe('refuse');
  });
});

describe('isDesignFile', () => {
  it('reads only .json files of a design’s size', async () => {
    const unread: PickedFile = {
      name: 'big.json',
      size: MAX_DESIGN_FILE_BYTES + 1,
      text: () => Promise.reject(new Error('read')),
    };
    expect(await isDesignFile(unread)).toBe(false);
    expect(await isDesignFile(picked('lab.csv', '{"format":"vnet-design"}'))).toBe(false);
    expect(await isDesignFile(picked('LAB.JSON', '{"format":"vnet-design"}'))).toBe(true);
    expect(await isDesignFile(picked('other.json', '{"format":"something-else"}'))).toBe(false);
  });
});
