import { readFileSync } from 'node:fs';
import { TrajgenError } from '../errors.js';
import { displayPath } from '../paths.js';
import { readYaml } from '../yaml/read-yaml.js';
import { ShapesFileSchema, type Shape, type ShapeSpec } from './schema.js';
import type { ShapeVocabulary } from './vocabulary.js';

export class ShapesError extends TrajgenError {}

type Path = (string | number)[];

/** `shapes[3] (stale-line-recovery).steps[1]`: the field at fault, with the shape's name. */
function fieldName(path: Path, raw: unknown): string {
  let out = '';
  let cursor: unknown = raw;
  for (const key of path) {
    out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${key}`;
    cursor = cursor && typeof cursor === 'object' ? (cursor as Record<string | number, unknown>)[key] : undefined;
    const name = cursor && typeof cursor === 'object' && !Array.isArray(cursor) ? (cursor as { name?: unknown }).name : undefined;
    if (typeof key === 'number' && typeof name === 'string') out += ` (${name})`;
  }
  return out || '(top level)';
}

const PLACEHOLDER = /\{([a-z_]+)\}/g;

/**
 * Reads a shapes file and checks it against the domain's vocabulary. Every problem names the
 * file, the line, the shape and the field: an unknown step or predicate, a weight that is not
 * positive, a mistake marked as a learning target, mistakes over their declared share.
 */
export function parseShapes<S>(text: string, file: string, vocabulary: ShapeVocabulary<S>): Shape[] {
  const yaml = readYaml(text, file);
  const raw = yaml.data;
  const fail = (path: Path, problem: string, hint: string): never => {
    const line = yaml.lineOf(path);
    throw new ShapesError(`${file}${line ? `:${line}` : ''}: ${fieldName(path, raw)}: ${problem}`, [hint]);
  };
  const parsed = ShapesFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    fail(issue.path as Path, issue.message, `Compare with rules/${vocabulary.domain}/shapes.yaml.`);
  }
  const spec = parsed.data!;
  if (spec.domain !== vocabulary.domain) fail(['domain'], `is ${spec.domain}, but this is the ${vocabulary.domain} command`, `Pass a ${vocabulary.domain} shapes file.`);

  const seen = new Set<string>();
  const total = spec.shapes.reduce((n, s) => n + s.weight, 0);
  const shapes = spec.shapes.map((s: ShapeSpec, i): Shape => {
    const at = (...rest: Path): Path => ['shapes', i, ...rest];
    if (seen.has(s.name)) fail(at('name'), `a second shape named ${s.name}`, 'Shape names are unique.');
    seen.add(s.name);
    if (!(s.weight > 0) || !Number.isFinite(s.weight)) fail(at('weight'), `must be a number above 0, got ${s.weight}`, 'Remove the shape to turn it off.');
    s.when.forEach((p, k) => {
      if (!vocabulary.predicates[p]) fail(at('when', k), `unknown predicate "${p}"`, `${vocabulary.domain} knows: ${Object.keys(vocabulary.predicates).join(', ')}.`);
    });
    const steps = s.steps.map((ref, k) => {
      const name = typeof ref === 'string' ? ref : ref.step;
      const info = vocabulary.steps[name];
      if (!info) fail(at('steps', k), `unknown step "${name}"`, `${vocabulary.domain} knows: ${Object.keys(vocabulary.steps).join(', ')}.`);
      // A mistake is spelled out, so the file says which turns are not learned.
      const target = typeof ref === 'string' ? true : ref.target;
      if (info.mistake && target) fail(at('steps', k), `${name} is a deliberate mistake, so it cannot be a learning target`, `Write it as {step: ${name}, target: false}.`);
      if (!info.mistake && !target) fail(at('steps', k), `${name} is what the policy does, so it is a learning target`, `Write it as ${name}; only mistake steps take target: false.`);
      return { step: name, target, mistake: info.mistake };
    });
    s.summaries.forEach((t, k) => {
      for (const [, p] of t.matchAll(PLACEHOLDER)) {
        if (!vocabulary.placeholders.includes(p)) fail(at('summaries', k), `unknown placeholder {${p}}`, `${vocabulary.domain} summaries may use: ${vocabulary.placeholders.map((x) => `{${x}}`).join(', ')}.`);
      }
    });
    const tools = [...new Set([...steps.flatMap((st) => vocabulary.steps[st.step].tools), 'submit_result'])];
    return { name: s.name, description: s.description ?? '', weight: s.weight, share: s.weight / total, when: s.when, steps, summaries: s.summaries, hasMistake: steps.some((st) => st.mistake), tools };
  });
  const mistakeShare = shapes.filter((s) => s.hasMistake).reduce((n, s) => n + s.share, 0);
  if (mistakeShare > spec.max_mistake_share + 1e-9) {
    fail(['shapes'], `shapes with a mistake take ${(mistakeShare * 100).toFixed(1)}% of the weight, over max_mistake_share ${spec.max_mistake_share}`, 'Lower their weights: mistakes are context for recovery, a declared minority.');
  }
  return shapes;
}

export function loadShapes<S>(path: string, vocabulary: ShapeVocabulary<S>): Shape[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new ShapesError(`${displayPath(path)}: cannot read the shapes file: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, ['Check the --shapes path.']);
  }
  return parseShapes(text, displayPath(path), vocabulary);
}

/** The share of each shape among those still in play (weights renormalised over them). */
export function renormalised(shapes: readonly Shape[]): Shape[] {
  const total = shapes.reduce((n, s) => n + s.weight, 0);
  return shapes.map((s) => ({ ...s, share: s.weight / total }));
}
