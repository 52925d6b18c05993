import { diffFields, plainView } from './field-diff';

describe('a plain view of a state', () => {
  it('turns maps into objects by key, sets into arrays, and bigints into text', () => {
    const state = {
      status: 'draft',
      ids: new Set(['b', 'a']),
      outcomes: new Map([['lo-1', { title: 'Jobs', revision: 3n }]]),
      gone: undefined,
    };

    expect(plainView(state)).toEqual({
      status: 'draft',
      ids: ['b', 'a'],
      outcomes: { 'lo-1': { title: 'Jobs', revision: '3' } },
    });
  });
});

describe('the fields that differ between two states', () => {
  const before = {
    status: 'draft',
    title: 'Orkney SOA',
    localOutcomes: new Map([['lo-1', { title: 'Jobs', status: 'active' }]]),
    sections: new Map<string, { localPriority: string; crossReferences: string[] } | null>([
      ['no1', null],
    ]),
  };

  it('are none between equal states', () => {
    expect(diffFields(before, { ...before })).toEqual([]);
  });

  it('are followed into maps by key, so a path names the item and its field', () => {
    const after = {
      ...before,
      localOutcomes: new Map([['lo-1', { title: 'More jobs', status: 'active' }]]),
    };

    expect(diffFields(before, after)).toEqual([
      { path: 'localOutcomes.lo-1.title', before: 'Jobs', after: 'More jobs' },
    ]);
  });

  it('list an item that appears, or a section first written, by its fields', () => {
    const after = {
      ...before,
      localOutcomes: new Map([
        ...before.localOutcomes,
        ['lo-2', { title: 'Health', status: 'active' }],
      ]),
      sections: new Map([['no1', { localPriority: 'Work', crossReferences: ['plan'] }]]),
    };

    expect(diffFields(before, after)).toEqual([
      { path: 'localOutcomes.lo-2.title', before: null, after: 'Health' },
      { path: 'localOutcomes.lo-2.status', before: null, after: 'active' },
      { path: 'sections.no1.localPriority', before: null, after: 'Work' },
      { path: 'sections.no1.crossReferences', before: null, after: ['plan'] },
    ]);
  });

  it('list a field that goes, with nothing after it', () => {
    const after = { ...before, localOutcomes: new Map() };

    expect(diffFields(before, after)).toEqual([
      { path: 'localOutcomes.lo-1.title', before: 'Jobs', after: null },
      { path: 'localOutcomes.lo-1.status', before: 'active', after: null },
    ]);
  });

  it('take a list as one value, changed when any of it changed', () => {
    const earlier = { ids: ['a', 'b'], other: 1 };

    expect(diffFields(earlier, { ids: ['a', 'b'], other: 1 })).toEqual([]);
    expect(diffFields(earlier, { ids: ['b', 'a'], other: 1 })).toEqual([
      { path: 'ids', before: ['a', 'b'], after: ['b', 'a'] },
    ]);
  });

  it('start from nothing for a state that had no fields before', () => {
    expect(diffFields({ status: 'none' }, { status: 'draft', title: 'Plan' })).toEqual([
      { path: 'status', before: 'none', after: 'draft' },
      { path: 'title', before: null, after: 'Plan' },
    ]);
  });
});
