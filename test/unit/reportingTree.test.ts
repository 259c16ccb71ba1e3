import { describe, expect, it } from 'vitest';
import {
  allowedManagers,
  ancestorsOf,
  childrenOf,
  depthOf,
  descendantsOf,
  managerLookup,
  wouldCreateCycle,
} from '../../shared/domain/reportingTree.js';

const person = (id: string, reportsToId: string | null, name = id) => ({ id, reportsToId, name });

// ceo ─┬─ cto ── dev
//      └─ cfo
// (ghost reports to someone not in the list)
const org = [person('ceo', null), person('cto', 'ceo'), person('cfo', 'ceo'), person('dev', 'cto'), person('ghost', 'gone')];

describe('reporting tree', () => {
  it('lists direct reports only under managers who are there, in the order given', () => {
    expect(childrenOf(org)).toEqual(
      new Map([
        ['ceo', ['cto', 'cfo']],
        ['cto', ['dev']],
      ]),
    );
  });

  it('finds everyone below, managers above and the depth', () => {
    const children = childrenOf(org);
    expect(descendantsOf('ceo', children).sort()).toEqual(['cfo', 'cto', 'dev']);
    expect(descendantsOf('dev', children)).toEqual([]);
    const managerOf = managerLookup(org);
    expect(ancestorsOf('dev', managerOf)).toEqual(['cto', 'ceo']);
    expect(depthOf('dev', managerOf)).toBe(2);
    expect(depthOf('ceo', managerOf)).toBe(0);
    // A manager not among the people is no manager.
    expect(managerOf('ghost')).toBeNull();
    expect(depthOf('ghost', managerOf)).toBe(0);
  });

  it('refuses oneself and one’s own reports as manager, at any depth', () => {
    const managerOf = managerLookup(org);
    expect(wouldCreateCycle(managerOf, 'ceo', 'ceo')).toBe(true);
    expect(wouldCreateCycle(managerOf, 'ceo', 'cto')).toBe(true);
    expect(wouldCreateCycle(managerOf, 'ceo', 'dev')).toBe(true);
    expect(wouldCreateCycle(managerOf, 'cto', 'cfo')).toBe(false);
    expect(wouldCreateCycle(managerOf, 'dev', 'ceo')).toBe(false);
    expect(wouldCreateCycle(managerOf, 'ghost', 'dev')).toBe(false);
  });

  it('sees the cycle of length 3 that a third line would close (a → b → c → a)', () => {
    // b reports to a, c reports to b: making a report to c would close a → c → b → a.
    const chain = [person('a', null), person('b', 'a'), person('c', 'b')];
    const managerOf = managerLookup(chain);
    expect(wouldCreateCycle(managerOf, 'a', 'c')).toBe(true);
    expect(wouldCreateCycle(managerOf, 'a', 'b')).toBe(true);
    expect(allowedManagers(chain, 'a', 'en')).toEqual([]);
    expect(allowedManagers(chain, 'c', 'en').map((p) => p.id)).toEqual(['a', 'b']);
  });

  it('stays finite on data that already holds a cycle of length 3', () => {
    const loop = [person('a', 'c'), person('b', 'a'), person('c', 'b'), person('d', null)];
    const managerOf = managerLookup(loop);
    expect(ancestorsOf('a', managerOf)).toEqual(['c', 'b']);
    expect(descendantsOf('a', childrenOf(loop)).sort()).toEqual(['b', 'c']);
    expect(wouldCreateCycle(managerOf, 'd', 'a')).toBe(false);
    expect(wouldCreateCycle(managerOf, 'a', 'b')).toBe(true);
  });

  it('offers managers by name in the language’s order (pinyin for Chinese), anyone for someone new', () => {
    const people = [person('1', null, '王伟'), person('2', '1', '李娜'), person('3', null, '张敏'), person('4', null, '陈杰')];
    expect(allowedManagers(people, null, 'zh-CN').map((p) => p.name)).toEqual(['陈杰', '李娜', '王伟', '张敏']);
    expect(allowedManagers(people, '1', 'zh-CN').map((p) => p.name)).toEqual(['陈杰', '张敏']);
    const latin = [person('1', null, 'bob'), person('2', null, 'Alice'), person('3', null, 'Site 10'), person('4', null, 'Site 2')];
    expect(allowedManagers(latin, null, 'en').map((p) => p.name)).toEqual(['Alice', 'bob', 'Site 2', 'Site 10']);
  });
});
