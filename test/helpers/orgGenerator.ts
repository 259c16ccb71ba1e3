import type Database from 'better-sqlite3';
import { emptyPersonFields, type LinkFields, type PersonFields } from '../../shared/contract/index.js';
import type { Attitude, BuyingRole, Influence, LinkKind, RelationshipLevel, Style } from '../../shared/domain/people.js';
import type { Call } from './tempDb.js';

/**
 * A seeded, deterministic generator of realistic client organisations for tests and benchmarks:
 * one reporting tree (depth 6–9 levels, managers with 1–15 direct reports, departments under the
 * top team), a mix of roles, attitudes and relationship levels, and extra links of every kind.
 */

export interface GeneratedPerson {
  /** Generated id; `fields.reportsToId` uses these ids. Managers come before their reports. */
  id: string;
  /** 1 for the top of the tree. */
  level: number;
  fields: PersonFields;
}

export interface GeneratedLink {
  id: string;
  sourceId: string;
  targetId: string;
  fields: LinkFields;
}

export interface GeneratedOrg {
  people: GeneratedPerson[];
  links: GeneratedLink[];
  /** Number of levels of the reporting tree. */
  levels: number;
}

export interface OrgOptions {
  size: number;
  seed?: number;
  /** Links besides the reporting lines (default: one for every five people). */
  extraLinks?: number;
  /** Prefix of generated ids, so several orgs can share one database. */
  idPrefix?: string;
}

/** mulberry32: a tiny, good-enough PRNG; the same seed gives the same sequence everywhere. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'];
const GIVEN = [...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍建红志文斌宇浩凯鹏辉俊峰琳雪晨欣怡婷颖昊然'];
const DEPARTMENTS = [
  '信息科技部', '采购中心', '财务部', '运营管理部', '风险管理部', '零售金融部', '公司金融部', '法律合规部',
  '人力资源部', '审计部', '金融市场部', '普惠金融部', '数据管理部', '行长办公室', '资产负债管理部',
];
const TITLES = ['行长', '副行长', '部门总经理', '部门副总经理', '处长', '副处长', '团队主管', '高级经理', '经理'];
const PAINS = ['预算压缩', '系统老旧', '上线周期长', '监管检查压力', '人手不足', '考核排名靠后', '运维故障多'];
const MOTIVATIONS = ['按期上线', '晋升', '降本增效', '不出风险', '团队成长', '行业影响力'];

type Pick = <T>(items: readonly T[]) => T;

/** Fisher–Yates on a copy. */
function shuffled<T>(random: () => number, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function weighted<T>(random: () => number, table: readonly (readonly [T, number])[]): T {
  let r = random() * table.reduce((sum, [, w]) => sum + w, 0);
  for (const [value, w] of table) if ((r -= w) < 0) return value;
  return table[table.length - 1]![0];
}

/** The top of an org widens faster (a president, several vice-presidents, many departments). */
const TOP_GROWTH = [2, 1.6];

/** How many people on each level: growth from one person over `levels` levels summing to `size`. */
function levelSizes(size: number, levels: number): number[] {
  if (levels <= 1) return [size];
  const widths = (g: number) => {
    const out = [1];
    for (let l = 1; l < levels; l++) out.push(out[l - 1]! * Math.min(15, g * (TOP_GROWTH[l - 1] ?? 1)));
    return out;
  };
  let lo = 0.5;
  let hi = 15;
  for (let k = 0; k < 60; k++) {
    const g = (lo + hi) / 2;
    if (widths(g).reduce((a, b) => a + b, 0) > size) hi = g;
    else lo = g;
  }
  const raw = widths(lo);
  const sizes: number[] = [];
  let cumulative = 0;
  let placed = 0;
  for (let l = 0; l < levels; l++) {
    cumulative += raw[l]!;
    const upTo = l === levels - 1 ? size : Math.round(cumulative);
    sizes.push(Math.max(1, upTo - placed));
    placed += sizes[l]!;
  }
  // Rounding may overshoot by a person or two: take them from the widest level.
  while (placed > size) {
    const widest = sizes.indexOf(Math.max(...sizes));
    sizes[widest]!--;
    placed--;
  }
  return sizes;
}

export function generateOrg(options: OrgOptions): GeneratedOrg {
  const { size, seed = 1, idPrefix = '' } = options;
  const random = mulberry32(seed);
  const pick: Pick = (items) => items[Math.floor(random() * items.length)]!;
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const levels = Math.min(size, int(6, 9));
  const sizes = levelSizes(size, levels);

  const usedNames = new Set<string>();
  const name = () => {
    for (;;) {
      const candidate = pick(SURNAMES) + pick(GIVEN) + (random() < 0.7 ? pick(GIVEN) : '');
      if (!usedNames.has(candidate)) {
        usedNames.add(candidate);
        return candidate;
      }
    }
  };

  const people: GeneratedPerson[] = [];
  const department = new Map<string, string>();
  let heads = 0;
  const add = (level: number, reportsToId: string | null) => {
    const id = `${idPrefix}p${people.length}`;
    const dept = level <= 2 ? '行长室' : level === 3 ? (DEPARTMENTS[heads] ?? `分部 ${heads + 1}`) : department.get(reportsToId!)!;
    if (level === 3) heads++;
    department.set(id, dept);
    people.push({ id, level, fields: personFields(random, pick, { name: name(), level, levels, department: dept, reportsToId, index: people.length }) });
    return id;
  };

  let previous = [add(1, null)];
  for (let l = 1; l < levels; l++) {
    const count = sizes[l]!;
    // Some people on the level above manage, with 1–15 direct reports each; the rest have none.
    const needed = Math.ceil(count / 15);
    const managers = Math.min(previous.length, count, Math.max(needed, Math.round(count / int(2, 9))));
    const chosen = shuffled(random, previous).slice(0, managers);
    const spans = chosen.map(() => 1);
    for (let extra = count - managers; extra > 0; extra--) {
      let k = Math.floor(random() * spans.length);
      for (let tries = 0; spans[k]! >= 15 && tries < spans.length; tries++) k = (k + 1) % spans.length;
      spans[k]!++;
    }
    const next: string[] = [];
    // Keep the order of the level above, so the tree reads left to right as it was generated.
    const order = new Map(previous.map((id, i) => [id, i]));
    const byOrder = chosen.map((id, k) => [id, spans[k]!] as const).sort((a, b) => order.get(a[0])! - order.get(b[0])!);
    for (const [managerId, span] of byOrder) for (let s = 0; s < span; s++) next.push(add(l + 1, managerId));
    previous = next;
  }

  return { people, links: generateLinks(random, pick, people, options.extraLinks ?? Math.round(size / 5), idPrefix), levels };
}

function personFields(
  random: () => number,
  pick: Pick,
  p: { name: string; level: number; levels: number; department: string; reportsToId: string | null; index: number },
): PersonFields {
  const senior = p.level <= 2;
  const roles = new Set<BuyingRole>();
  if (p.level === 1) roles.add('decision_maker').add('approver');
  else if (p.level === 2) roles.add(weighted(random, [['decision_maker', 2], ['economic_buyer', 2], ['approver', 2], ['influencer', 3]] as const));
  else if (random() < 0.6) roles.add(weighted(random, [['technical_evaluator', 3], ['user', 5], ['influencer', 2], ['gatekeeper', 1]] as const));
  if (random() < 0.02) roles.add('coach');
  const attitude = weighted<Attitude>(random, [['unknown', 35], ['neutral', 30], ['supporter', 15], ['champion', 5], ['opponent', 15]]);
  const relationship = weighted<RelationshipLevel>(random, [['none', 40], ['acquainted', 30], ['meeting', 15], ['trusted', 10], ['ally', 5]]);
  const influence: Influence = senior ? 'high' : p.level <= 4 ? weighted(random, [['high', 1], ['medium', 3], ['low', 1]] as const) : weighted(random, [['medium', 1], ['low', 4]] as const);
  const style = random() < 0.3 ? null : pick<Style>(['analytical', 'amiable', 'expressive', 'driver']);
  return {
    ...emptyPersonFields,
    name: p.name,
    title: TITLES[Math.min(p.level - 1, TITLES.length - 1)]!,
    department: p.department,
    email: `p${p.index}@client.example.cn`,
    phone: `021-6${String(p.index).padStart(6, '0')}`,
    reportsToId: p.reportsToId,
    roles: [...roles],
    attitude,
    relationship,
    targetRelationship: random() < 0.3 ? pick<RelationshipLevel>(['meeting', 'trusted', 'ally']) : null,
    style,
    influence,
    motivations: random() < 0.2 ? pick(MOTIVATIONS) : '',
    pains: random() < 0.2 ? pick(PAINS) : '',
  };
}

const MUTUAL: readonly LinkKind[] = ['ally', 'conflict'];

function generateLinks(random: () => number, pick: Pick, people: GeneratedPerson[], count: number, idPrefix: string): GeneratedLink[] {
  if (people.length < 2) return [];
  const links: GeneratedLink[] = [];
  const taken = new Set<string>();
  const key = (kind: LinkKind, a: string, b: string) => `${kind}|${a}|${b}`;
  const tryAdd = (kind: LinkKind, source: GeneratedPerson, target: GeneratedPerson, label: string, step: number | null) => {
    if (source.id === target.id || taken.has(key(kind, source.id, target.id))) return false;
    if (MUTUAL.includes(kind) && taken.has(key(kind, target.id, source.id))) return false;
    taken.add(key(kind, source.id, target.id));
    links.push({ id: `${idPrefix}l${links.length}`, sourceId: source.id, targetId: target.id, fields: { kind, label, step, notes: '' } });
    return true;
  };

  // A decision chain through senior people, in order.
  const senior = people.filter((p) => p.level <= 3);
  const chain = Math.min(8, senior.length, count);
  const route = shuffled(random, senior).slice(0, chain);
  for (let k = 0; k + 1 < route.length && links.length < count; k++) tryAdd('decision_flow', route[k]!, route[k + 1]!, '', k + 1);

  for (let attempts = 0; links.length < count && attempts < count * 20; attempts++) {
    const kind = weighted<LinkKind>(random, [['influences', 35], ['dotted_reports_to', 15], ['pain_chain', 15], ['ally', 10], ['conflict', 10], ['decision_flow', 5]]);
    const source = pick(people);
    const target = pick(people);
    tryAdd(kind, source, target, kind === 'pain_chain' ? pick(PAINS) : '', kind === 'decision_flow' ? route.length + Math.floor(random() * 3) : null);
  }
  return links;
}

/**
 * Inserts a generated org straight into the tables (one transaction, prepared statements): for
 * benchmarks that need a big database fast. Ids are kept as generated.
 */
export function insertOrgFast(sqlite: Database.Database, accountId: string, org: GeneratedOrg, now = new Date().toISOString()): void {
  const person = sqlite.prepare(
    `insert into people (id, account_id, name, title, department, email, phone, reports_to_id, roles, attitude, relationship,
       target_relationship, style, influence, motivations, pains, notes, owner_id, created_at, updated_at)
     values (@id, @accountId, @name, @title, @department, @email, @phone, @reportsToId, @roles, @attitude, @relationship,
       @targetRelationship, @style, @influence, @motivations, @pains, @notes, @ownerId, @now, @now)`,
  );
  const link = sqlite.prepare(
    `insert into links (id, account_id, source_id, target_id, kind, label, step, notes, created_at, updated_at)
     values (@id, @accountId, @sourceId, @targetId, @kind, @label, @step, @notes, @now, @now)`,
  );
  sqlite.transaction(() => {
    for (const p of org.people) person.run({ ...p.fields, id: p.id, accountId, roles: JSON.stringify(p.fields.roles), now });
    for (const l of org.links) link.run({ ...l.fields, id: l.id, accountId, sourceId: l.sourceId, targetId: l.targetId, now });
  })();
}

/**
 * Inserts a generated org through the real API (every rule applies), one call per person and link.
 * Returns generated id → stored id.
 */
export function insertOrgViaApi(call: Call, accountId: string, org: GeneratedOrg): Map<string, string> {
  const ids = new Map<string, string>();
  const stored = (id: string) => {
    const storedId = ids.get(id);
    if (storedId === undefined) throw new Error(`${id} is not inserted yet: managers come before their reports`);
    return storedId;
  };
  for (const p of org.people) {
    const reportsToId = p.fields.reportsToId === null ? null : stored(p.fields.reportsToId);
    const created = call('people.create', { accountId, fields: { ...p.fields, reportsToId } });
    ids.set(p.id, created.id);
  }
  for (const l of org.links) {
    call('links.create', { accountId, sourceId: stored(l.sourceId), targetId: stored(l.targetId), fields: l.fields });
  }
  return ids;
}
