import { entries, NotHarvestable, prose, splitSummary, type HarvestedText } from './entry.js';

/**
 * The text without paragraphs that are asides rather than documentation of the signature: reST
 * directives (`.. note::`, `.. versionchanged::`) and doctest examples. Leaving them out loses
 * nothing the model has to write; keeping them would break the field list.
 */
function withoutAsides(text: string): string[] {
  const out: string[] = [];
  let skipping = false;
  for (const line of text.split('\n')) {
    if (/^(\.\. |>>> )/.test(line)) skipping = true;
    else if (skipping && (line.trim() === '' || line.startsWith(' ') || line.startsWith('...'))) continue;
    else skipping = false;
    if (!skipping) out.push(line);
  }
  return out;
}

const FIELD = /^:(\w+)(?:\s+([^:]+))?:\s*(.*)$/;

/** A Sphinx (reST field list) docstring, read back. `args` means `*args` where the signature has one. */
export function harvestSphinx(text: string, signatureNames: readonly string[]): HarvestedText {
  const { summary, rest } = splitSummary(text);
  const first = rest.findIndex((l) => FIELD.test(l));
  // The description keeps its asides, so prose() turns down one that would read wrong without them.
  const head = first < 0 ? rest : rest.slice(0, first);
  const fields = first < 0 ? [] : entries(withoutAsides(rest.slice(first).join('\n')));
  const out: HarvestedText = { summary, description: prose(head), params: {}, returns: null, returnsType: null, yields: null, yieldsType: null, raises: {} };
  const starred = (name: string) => signatureNames.find((n) => n.replace(/^\*+/, '') === name) ?? name;
  for (const f of fields) {
    const m = FIELD.exec(f);
    if (!m) throw new NotHarvestable('text among the fields that is not a field');
    const [, kind, arg, body] = m;
    const words = (arg ?? '').trim().split(/\s+/);
    if (kind === 'param' || kind === 'parameter' || kind === 'arg' || kind === 'argument') {
      if (!body) throw new NotHarvestable('a parameter without a description');
      out.params[starred(words.at(-1)!)] = body;
    } else if (kind === 'type' || kind === 'rtype' || kind === 'ytype') {
      if (kind === 'rtype') out.returnsType = body || null;
      if (kind === 'ytype') out.yieldsType = body || null;
    } else if (kind === 'returns' || kind === 'return') out.returns = body || null;
    else if (kind === 'yields' || kind === 'yield') out.yields = body || null;
    else if (kind === 'raises' || kind === 'raise' || kind === 'except' || kind === 'exception') {
      if (!arg || !body) throw new NotHarvestable('a raises field without an exception or a description');
      out.raises[arg.trim()] = body;
    } else throw new NotHarvestable('a field trajgen does not document (e.g. :ivar:, :class:)');
  }
  return out;
}
