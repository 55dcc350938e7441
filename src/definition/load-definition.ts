import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { parseDocument } from 'yaml';
import type { ZodError } from 'zod';
import { DefinitionError } from '../errors.js';
import { displayPath } from '../paths.js';
import { dumpedOnce, pyDumps } from '../pyjson/dumps.js';
import type { ToolSchema } from '../schema/conversation.js';
import { KNOWN_KEYS, SubagentDefinitionSchema, type SubagentDefinition, type ToolDefinition } from '../schema/definition.js';

export interface LoadedDefinition {
  path: string;
  definition: SubagentDefinition;
  toolSchemas: ToolSchema[];
  warnings: string[];
  tool(name: string): ToolDefinition | undefined;
  /** Context provider names (file stems of the .pym paths) attached to a tool, in order. */
  providersOf(toolName: string): string[];
  validatorOf(toolName: string): ValidateFunction;
}

function fieldPath(path: PropertyKey[], definition: unknown): string {
  // tools[3] reads better as tools[3] (write_docstring) when the tool has a name.
  let out = '';
  let cursor: unknown = definition;
  for (const key of path) {
    out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
    cursor = cursor && typeof cursor === 'object' ? (cursor as Record<PropertyKey, unknown>)[key] : undefined;
    if (typeof key === 'number' && cursor && typeof cursor === 'object' && 'name' in cursor) {
      out += ` (${String((cursor as { name: unknown }).name)})`;
    }
  }
  return out || '(top level)';
}

function zodProblem(file: string, error: ZodError, raw: unknown): DefinitionError {
  const issue = error.issues[0];
  return new DefinitionError(file, fieldPath(issue.path, raw), issue.message, [
    'Compare the file with rules/lint/subagent.yaml, which follows DESIGN.md section 1.',
  ]);
}

export function providerName(pymPath: string): string {
  return basename(pymPath).replace(/\.pym$/, '');
}

export function parseDefinition(text: string, file: string): LoadedDefinition {
  const doc = parseDocument(text, { prettyErrors: false });
  if (doc.errors.length > 0) {
    const err = doc.errors[0];
    // With prettyErrors: false the yaml package leaves linePos unset; count lines up to err.pos.
    const line = err.linePos?.[0]?.line ?? text.slice(0, err.pos[0]).split('\n').length;
    throw new DefinitionError(file, line ? `line ${line}` : '(yaml)', `malformed YAML: ${err.message.split('\n')[0]}`, [
      'Fix the YAML syntax; a YAML linter shows the exact spot.',
    ]);
  }
  const raw = doc.toJS();
  const parsed = SubagentDefinitionSchema.safeParse(raw);
  if (!parsed.success) throw zodProblem(file, parsed.error, raw);
  const definition = parsed.data;

  const submitCount = definition.tools.filter((t) => t.name === 'submit_result').length;
  if (submitCount !== 1) {
    throw new DefinitionError(file, 'tools', `must define exactly one submit_result tool, found ${submitCount}`, [
      'Add a tool named submit_result: the runner stops when the model calls it.',
    ]);
  }
  const seen = new Set<string>();
  const warnings: string[] = [];
  const ignored = (where: string, obj: object, known: readonly string[]) => {
    const extra = Object.keys(obj).filter((k) => !known.includes(k));
    if (extra.length) warnings.push(`${file}: ${where}: ${extra.join(', ')} ${extra.length === 1 ? 'is' : 'are'} not read by trajgen; ignored`);
  };
  ignored('(top level)', definition, KNOWN_KEYS.definition);
  ignored('initial_context', definition.initial_context, KNOWN_KEYS.initialContext);
  // Keywords an operator adds for other tools (title, examples, x-...) must not stop the run.
  const ajv = new Ajv({ strict: false, allErrors: true });
  const validators = new Map<string, ValidateFunction>();
  definition.tools.forEach((tool, i) => {
    const where = `tools[${i}] (${tool.name})`;
    if (seen.has(tool.name)) throw new DefinitionError(file, `${where}.name`, `duplicate tool name "${tool.name}"`);
    ignored(where, tool, KNOWN_KEYS.tool);
    seen.add(tool.name);
    if (tool.parameters.additionalProperties !== false) {
      warnings.push(`${file}: ${where}.parameters: additionalProperties: false is missing, so the model may invent arguments`);
    }
    for (const req of tool.parameters.required ?? []) {
      if (!(req in (tool.parameters.properties ?? {}))) {
        throw new DefinitionError(file, `${where}.parameters.required`, `"${req}" is required but not among the properties`);
      }
    }
    // Every record carries the parameters as json.dumps writes them, which is not every YAML value.
    try {
      pyDumps(tool.parameters);
    } catch (e) {
      throw new DefinitionError(file, `${where}.parameters`, `cannot be written as JSON: ${(e as Error).message}`, ['Use finite numbers (no .nan or .inf) and plain YAML values.']);
    }
    try {
      validators.set(tool.name, ajv.compile(tool.parameters));
    } catch (e) {
      throw new DefinitionError(file, `${where}.parameters`, `not a valid JSON Schema: ${(e as Error).message}`);
    }
  });

  // Frozen and written once (every record carries them); the parameters with them, which
  // nothing changes once ajv has compiled them.
  const toolSchemas: ToolSchema[] = dumpedOnce(
    definition.tools.map((t) => ({
      type: 'function' as const,
      // The runner sends an absent description as an empty one.
      function: { name: t.name, description: t.description ?? '', parameters: t.parameters, strict: true },
    })),
  );
  const byName = new Map(definition.tools.map((t) => [t.name, t]));
  return {
    path: file,
    definition,
    toolSchemas,
    warnings,
    tool: (name) => byName.get(name),
    providersOf: (name) => (byName.get(name)?.context_providers ?? []).map(providerName),
    validatorOf: (name) => {
      const v = validators.get(name);
      if (!v) throw new Error(`no tool ${name} in ${file}`);
      return v;
    },
  };
}

export function loadDefinition(path: string): LoadedDefinition {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new DefinitionError(displayPath(path), '(file)', `cannot read the definition: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, [
      'Check the --definition path.',
    ]);
  }
  return parseDefinition(text, displayPath(path));
}

/** Every context provider the definition attaches must be one the domain can answer for. */
export function checkProviders(def: LoadedDefinition, providers: readonly string[]): void {
  for (const tool of def.definition.tools) {
    for (const p of def.providersOf(tool.name)) {
      if (!providers.includes(p)) {
        throw new DefinitionError(def.path, `tools (${tool.name}).context_providers`, `unknown context provider "${p}"; this domain knows: ${providers.join(', ') || 'none'}`);
      }
    }
  }
}
