import { paramGap, readExisting } from '../../src/domains/docstring/compare.js';
import type { DocModel, DocParam } from '../../src/domains/docstring/model.js';
import { renderDocstring } from '../../src/domains/docstring/render/render.js';
import { defineDocstringRule, type DocstringRuleMeta, type StaleDocstring } from '../../src/domains/docstring/rule.js';
import type { DocSite } from '../../src/domains/docstring/site.js';
import type { Style } from '../../src/domains/docstring/style.js';

const meta: Omit<DocstringRuleMeta, 'id'> = {
  description: 'The documented parameters differ from the signature: one is missing, renamed or no longer exists.',
  action: 'updated',
  fixed: ['brought the parameter list in line with the signature', 'documented the parameters as they are now named'],
};

function detect(site: DocSite, style: Style): string | null {
  const doc = readExisting(site, style);
  if (!doc) return null;
  const { missing, extra } = paramGap(site, doc);
  const parts: string[] = [];
  if (missing.length) parts.push(`undocumented parameter${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`);
  if (extra.length) parts.push(`documents ${extra.join(', ')}, not in the signature`);
  return parts.length ? parts.join('; ') : null;
}

// What a parameter was plausibly called before a rename: the docstring kept the old name.
const OLD_NAMES: Record<string, string> = {
  path: 'filename', items: 'values', timeout: 'timeout_s', limit: 'max_count', key: 'name', text: 's', data: 'payload',
  value: 'val', count: 'n', callback: 'func', retries: 'max_retries', delay: 'wait', encoding: 'charset', size: 'length',
};

export function oldName(name: string): string {
  const stars = /^\*+/.exec(name)?.[0] ?? '';
  const bare = name.slice(stars.length);
  if (OLD_NAMES[bare]) return stars + OLD_NAMES[bare];
  const parts = bare.split('_');
  return stars + (parts.length > 1 ? parts.slice(1).join('_') : `${bare}_value`);
}

// A parameter the function used to take; its docstring line survived the refactoring.
const REMOVED: DocParam = { name: 'verbose', type: 'bool', optional: true, description: 'Print progress while working.' };

function stale(model: DocModel, site: DocSite, style: Style): StaleDocstring[] {
  const out: StaleDocstring[] = [];
  const ps = model.params;
  const plain = ps.filter((p) => !p.name.startsWith('*'));
  if (ps.length >= 2) out.push({ label: `${ps[ps.length - 1].name} not documented`, docstring: renderDocstring({ ...model, params: ps.slice(0, -1) }, style) });
  if (plain.length >= 1) {
    const target = plain[plain.length - 1];
    const renamed = oldName(target.name);
    if (!site.documented.some((p) => p.name.replace(/^\*+/, '') === renamed.replace(/^\*+/, ''))) {
      out.push({ label: `${target.name} documented under its old name ${renamed}`, docstring: renderDocstring({ ...model, params: ps.map((p) => (p === target ? { ...p, name: renamed } : p)) }, style) });
    }
  }
  if (!site.documented.some((p) => p.name === REMOVED.name)) {
    out.push({ label: `documents the removed parameter ${REMOVED.name}`, docstring: renderDocstring({ ...model, params: [...ps, REMOVED] }, style) });
  }
  if (ps.length >= 1) out.push({ label: 'summary only', docstring: renderDocstring({ summary: model.summary, description: model.description, params: [], returns: null, yields: null, raises: [] }, style) });
  return out;
}

export default defineDocstringRule(import.meta.url, { meta, detect, stale });
