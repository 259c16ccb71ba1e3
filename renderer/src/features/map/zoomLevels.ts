/**
 * Semantic zoom. A card's text is 11–14 px; far out it would be specks, so below these zooms the
 * cards change form: the name large with its colour marks, then coloured blocks drawn on one
 * canvas with department labels (Overview.tsx). The canvas gets a class per level (`lod-…`), so a
 * zoom step re-renders nothing unless it crosses a threshold.
 */
export type ZoomLevel = 'full' | 'names' | 'blocks';

/** The full card's body text (title, last contact, relationship line: map.css `.person-card`). */
export const CARD_TEXT_PX = 11.5;
/** From here up the full card: its 11.5 px text is at least 8.6 px on screen. */
export const FULL_FROM = 0.75;
/** From here up the card shows its name (30 px, so at least 9 px on screen) and colour marks. */
export const NAMES_FROM = 0.3;
/** The zoom a map opens at when it cannot show everything readably: the card's text is 11 px on screen. */
export const READABLE_ZOOM = 11 / CARD_TEXT_PX;
/** No floor that would stop Fit view from fitting: 10,000 people fit at about 0.01. */
export const MIN_ZOOM = 0.005;
export const MAX_ZOOM = 2;

export const zoomLevel = (zoom: number): ZoomLevel => (zoom >= FULL_FROM ? 'full' : zoom >= NAMES_FROM ? 'names' : 'blocks');
