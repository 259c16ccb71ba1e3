import type { LocalizedText, StageTemplate } from './stageTemplate.js';

/**
 * A user's own copy of a template, to edit freely: nothing is shared with the original, version
 * starts again at 1, and `basedOn` remembers the built-in process it came from (a copy of a copy
 * keeps the first original).
 */
export function copyTemplate(template: StageTemplate, copy: { key: string; name?: LocalizedText }): StageTemplate {
  const { basedOn, ...rest } = structuredClone(template);
  return {
    ...rest,
    key: copy.key,
    version: 1,
    name: copy.name ? { ...copy.name } : rest.name,
    basedOn: basedOn ?? { key: template.key, version: template.version },
  };
}
