import { domainInfo } from '../domains/catalog.js';
import type { Summary } from '../generate/summary.js';
import { fixtureSourceLines, type FixtureSource } from './fixture-sources.js';
import { loadingSection } from './loading.js';
import { countTable } from './markdown.js';

export interface GenerateCardContext {
  version: string;
  commandLine: string;
  fixtures: FixtureSource[];
  definition: string;
}

// What every generated example passed before it could be written (src/record, src/generate).
const CHECKS = [
  'Every tool call\'s arguments validated against the definition\'s JSON Schema (ajv) when it was recorded.',
  'Every example passed the format check: the zod schema, the runner\'s message order (`[Context]` messages after their call, each tool result answering the call before it, call ids from `call_0`), and it ends with `submit_result`; `meta.targets` are assistant turns and include the `submit_result` turn.',
  'No line appears twice; eval holds out whole files, so no eval node code appears in any train message.',
  'Every learned turn follows the system prompt\'s procedure, and the same conversation prefix always continues with the same learned call; deliberate mistakes are context only, left out of `meta.targets`.',
  'Tool results come from simulated tools whose behaviour trajgen\'s test suite checks against the real tools (ruff, pytest, python3).',
];

/**
 * The dataset card of a generate run, from its Summary (reading the fields it knows; the
 * Summary may carry more) and the fixture folder on disk.
 */
export function generateCard(summary: Summary, ctx: GenerateCardContext): string {
  const info = domainInfo(summary.domain);
  const lines = [
    `# trajgen ${summary.domain} dataset`,
    '',
    `Fine-tuning data for the **${summary.domain}** subagent, a FunctionGemma model (\`google/functiongemma-270m-it\`) driven by`,
    'a runner loop that shows it one piece of Python code and lets it call tools until it calls `submit_result`.',
    `What the model does in them: ${info.summary.replace(/^Write [^:]*: /, '')}`,
    'Each line of `train.jsonl` and `eval.jsonl` is one conversation, exactly as the runner records it.',
    '',
    '## Provenance',
    '',
    '| | |',
    '|---|---|',
    `| generator | ${ctx.version} |`,
    `| command | \`${ctx.commandLine}\` |`,
    `| seed | ${summary.seed} |`,
    `| definition | \`${ctx.definition}\` |`,
    '',
    'The same command, inputs and seed write byte-identical files.',
    '',
    '## Counts',
    '',
    '| split | examples | file |',
    '|---|---:|---|',
    `| train | ${summary.train} | \`train.jsonl\` |`,
    `| eval | ${summary.eval} | \`eval.jsonl\` (${summary.eval_units.length} edge-case units from ${summary.eval_files.length} held-out files) |`,
    '',
    `Files: ${summary.sources.found} found, ${summary.sources.used} used. Units: ${summary.units.found} found, ${summary.units.used} with an example. Distinct node code per 1,000 examples: ${summary.distinct_code_per_1000}.`,
    '',
    '## Mix',
    '',
    `Shapes as declared in \`${summary.shapes_file}\` and as written; ${summary.mistakes.examples} examples (${(summary.mistakes.share * 100).toFixed(1)}%) hold a deliberate mistake that is not learned.`,
    '',
    '| shape | declared | written | count |',
    '|---|---:|---:|---:|',
    ...Object.entries(summary.mix).map(([name, r]) => `| ${name} | ${(r.declared * 100).toFixed(1)}% | ${(r.actual * 100).toFixed(1)}% | ${r.count} |`),
    '',
    ...countTable('rule', summary.per_rule),
    ...countTable('tool calls before submit_result', summary.calls_per_example, 'as-given'),
    ...countTable('edge category in eval', summary.eval_categories),
    ...(summary.eval_files.length ? ['Held-out eval files:', '', ...summary.eval_files.map((f) => `- \`${f}\``), ''] : []),
    '## Fixture sources and licenses',
    '',
    ...fixtureSourceLines(ctx.fixtures),
    '',
    '## Checks this data passed',
    '',
    ...CHECKS.map((c) => `- ${c}`),
    ...(summary.warnings.length > 0 ? ['', 'Warnings of the run:', '', ...summary.warnings.map((w) => `- ${w}`)] : []),
    '',
    '## Loading',
    '',
    ...loadingSection('trajgen'),
  ];
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
