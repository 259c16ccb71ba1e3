import type { TFunction } from 'i18next';
import { safeFileName } from '../../../../shared/export/sheet.js';
import { renderMapSvg } from '../../../../shared/report/mapSvg.js';
import { mapSvgLabels } from '../../../../shared/report/mapSvgLabels.js';
import { positionOf } from './graph.js';
import type { MapState } from './mapStore.js';
import type { MapView, XY } from './types.js';

/** Chromium's canvas limits: a side of 16,384 px and about 268 million pixels; stay well inside. */
const MAX_SIDE = 16_000;
const MAX_AREA = 120_000_000;

/**
 * The whole map as SVG (every card, wherever the viewport is), as the current view shows it: the
 * decision chain's layered arrangement when it is on, collapsed and filtered-out people left out,
 * people off the view's chain dimmed, pains on the cards of the pain chain, owners' colours in coverage.
 */
export function mapAsSvg(state: MapState, t: TFunction, accountName: string): string {
  const map = state.map;
  if (!map) throw new Error('no map');
  const positions: Record<string, XY> = {};
  for (const p of map.people) {
    const at = state.layered?.[p.id] ?? positionOf(p, state.auto);
    if (at) positions[p.id] = at;
  }
  const shown = new Set(state.nodes.filter((n) => n.type === 'person').map((n) => n.id));
  const hiddenIds = map.people.filter((p) => !shown.has(p.id)).map((p) => p.id);
  return renderMapSvg({
    people: map.people,
    links: map.links,
    team: map.team,
    positions,
    labels: mapSvgLabels(t, t(`map.export.titles.${state.view}`, { account: accountName })),
    hiddenIds,
    view: state.view,
    locale: state.locale,
  });
}

/** Draws the SVG into a canvas (twice as sharp where it fits) and encodes it as PNG. */
export async function svgToPng(svg: string): Promise<Blob> {
  const size = /<svg[^>]*\swidth="([\d.]+)"[^>]*\sheight="([\d.]+)"/.exec(svg);
  const width = Number(size?.[1] ?? 800);
  const height = Number(size?.[2] ?? 600);
  const scale = Math.min(2, MAX_SIDE / width, MAX_SIDE / height, Math.sqrt(MAX_AREA / (width * height)));
  if (scale < 0.2) throw new RangeError('too large');
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d canvas');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** A file name from the account's name and the view, in the UI language, safe on every desktop file system. */
export function exportFileName(accountName: string, view: MapView, extension: 'svg' | 'png', t: TFunction): string {
  return safeFileName(accountName, `-${t(`map.export.files.${view}`)}.${extension}`);
}
