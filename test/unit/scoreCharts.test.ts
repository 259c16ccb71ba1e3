import { describe, expect, it } from 'vitest';
import { scoreAssessment, trend, type DatedAssessment } from '../../shared/domain/scoring/index.js';
import { radarOption, renderChartSvg, trendOption, type TrendLabels } from '../../shared/report/charts/index.js';
import { keyplanScorecard } from '../../shared/templates/scorecards.js';
import { allElements, parseXml, textOf } from '../helpers/strictXml.js';
import { assess, crit, template } from '../helpers/scorecards.js';

const HOSTILE = '<img src=x onerror=alert(1)>';
const hostileTemplate = () => {
  const t = template([crit('need', 3), crit('budget', 2), crit('decision', 1)]);
  t.criteria[0]!.label = { en: HOSTILE, 'zh-CN': HOSTILE };
  t.criteria[1]!.label = { en: 'Budget & "cash"', 'zh-CN': '预算' };
  return t;
};
const labels = (t: ReturnType<typeof template>): TrendLabels => ({
  total: 'Total',
  criterion: (key) => t.criteria.find((c) => c.key === key)?.label.en ?? key,
  pursue: 'Pursue',
  qualify: 'Qualify',
});
const dated = (t: ReturnType<typeof template>, at: string, values: Record<string, number | null>): DatedAssessment => ({
  at,
  template: t,
  assessment: assess(t, values),
});

describe('radarOption', () => {
  it('has one axis per criterion, in the template order, each 0–100 on its scale; unknowns at the centre, marked', () => {
    const t = template([crit('need', 3), crit('budget', 2, [0, 1, 2]), crit('decision', 1)]);
    const option = radarOption(scoreAssessment(t, assess(t, { need: 4, budget: 1, decision: null })), t, 'en');
    const radar = option.radar as { indicator: { name: string; max: number }[] };
    expect(radar.indicator.map((i) => i.name)).toEqual(['need', 'budget', 'decision\n(Unknown)']);
    expect(radar.indicator.every((i) => i.max === 100)).toBe(true);
    const series = option.series as { data: { value: number[] }[] }[];
    expect(series[0]!.data[0]!.value).toEqual([100, 50, 0]);
  });

  it('labels the axes in the UI language (a built-in template in Chinese)', () => {
    const t = keyplanScorecard;
    const option = radarOption(scoreAssessment(t, { templateKey: t.key, templateVersion: t.version, scores: {} }), t, 'zh-CN');
    const names = (option.radar as { indicator: { name: string }[] }).indicator.map((i) => i.name);
    expect(names[0]).toBe('需求\n(未知)');
  });
});

describe('trendOption', () => {
  it('draws the total and each criterion over time, oldest first, with the thresholds', () => {
    const t = template([crit('need', 1), crit('budget', 1)]);
    const tr = trend([dated(t, '2026-01-05T10:00:00Z', { need: 2, budget: 2 }), dated(t, '2026-02-05T10:00:00Z', { need: 4, budget: null })]);
    const option = trendOption({ trend: tr, labels: labels(t), thresholds: t.thresholds }, 'en');
    const series = option.series as { name: string; data: (number | null)[]; markLine?: { data: { yAxis: number }[] } }[];
    expect(series.map((s) => s.name)).toEqual(['Total', 'need', 'budget']);
    expect(series[0]!.data).toEqual([50, 100]);
    expect(series[2]!.data).toEqual([50, null]);
    expect(series[0]!.markLine!.data.map((d) => d.yAxis)).toEqual([70, 45]);
    expect((option.xAxis as { data: string[] }).data).toEqual(['Jan 5', 'Feb 5']);
  });

  it('can leave the criteria out', () => {
    const t = template([crit('need', 1)]);
    const option = trendOption({ trend: trend([dated(t, '2026-01-05', { need: 2 })]), labels: labels(t), criteria: false }, 'zh-CN');
    expect((option.series as unknown[]).length).toBe(1);
    expect((option.xAxis as { data: string[] }).data).toEqual(['1月5日']);
  });
});

describe('renderChartSvg', () => {
  it('writes a well-formed standalone SVG of the radar, hostile labels as inert text', () => {
    const t = hostileTemplate();
    const svg = renderChartSvg(radarOption(scoreAssessment(t, assess(t, { need: 3, budget: 1, decision: 4 })), t, 'en'), { width: 360, height: 300 });
    const root = parseXml(svg);
    expect(root.name).toBe('svg');
    expect(root.attrs.width).toBe('360');
    const names = allElements(root).map((el) => el.name);
    expect(names).not.toContain('img');
    expect(names).not.toContain('script');
    expect(names).not.toContain('foreignObject');
    const texts = allElements(root).filter((el) => el.name === 'text').map(textOf);
    // Long labels are shortened on the radar (…); the rest is the hostile text, as text.
    expect(texts.some((text) => text.startsWith('<img src=x on'))).toBe(true);
    expect(texts).toContain('Budget & "cash"');
    expect(svg).not.toContain('<img');
    expect(svg).toContain('&lt;img src=x on');
  });

  it('writes a well-formed SVG of a long trend in Chinese, hostile criterion names escaped in the legend', () => {
    const t = hostileTemplate();
    const points = Array.from({ length: 100 }, (_, i) =>
      dated(t, new Date(Date.UTC(2025, 0, 1 + i * 3)).toISOString(), { need: i % 5, budget: (i + 1) % 5, decision: i % 7 === 0 ? null : 2 }),
    );
    const svg = renderChartSvg(trendOption({ trend: trend(points), labels: { ...labels(t), total: '总分' }, thresholds: t.thresholds }, 'zh-CN'), {
      width: 640,
      height: 280,
    });
    const root = parseXml(svg);
    const names = allElements(root).map((el) => el.name);
    expect(names).not.toContain('img');
    const texts = allElements(root).filter((el) => el.name === 'text').map(textOf);
    expect(texts).toContain('总分');
    expect(texts.some((text) => text.startsWith('<img'))).toBe(true);
    expect(svg).not.toContain('<img');
  });
});
