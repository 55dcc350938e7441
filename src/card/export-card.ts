import type { Mix } from '../dataset/mix-tally.js';
import type { ExportFileSummary, ExportSummary } from '../export/summary.js';
import { fixtureSourceLines, type FixtureSource } from './fixture-sources.js';
import { loadingSection, type Layout } from './loading.js';
import { countTable } from './markdown.js';

export interface ExportCardContext {
  version: string;
  commandLine: string;
  fixtures: FixtureSource[];
}

type Settings = Omit<ExportSummary, 'files' | 'cards' | 'warnings' | 'seconds' | 'out'>;

export function layoutOf(s: Settings): Layout {
  if (s.format === 'functiongemma') return s.single_sequence ? 'functiongemma-sequence' : 'functiongemma-pairs';
  if (s.format === 'trl') return s.prompt_completion ? 'trl-prompt-completion' : 'trl-messages';
  return 'openai';
}

const WHAT: Record<Layout, string> = {
  trajgen: '',
  'functiongemma-pairs': 'FunctionGemma\'s chat-template text, one prompt/completion pair per learning-target turn (completion-only loss).',
  'functiongemma-sequence': 'FunctionGemma\'s chat-template text, one sequence per conversation with the character spans of the turns to learn.',
  'trl-messages': 'conversations for TRL\'s SFTTrainer (`messages` + `tools` as a JSON string).',
  'trl-prompt-completion': 'conversational prompt/completion rows for TRL\'s SFTTrainer, one per learning-target turn.',
  openai: 'OpenAI\'s chat fine-tuning format, non-target assistant turns with weight 0.',
};

function checks(s: Settings, files: ExportFileSummary[]): string[] {
  const dropped = files.reduce((n, f) => n + f.dropped_special_tokens, 0);
  const unreadable = files.reduce((n, f) => n + f.dropped_unreadable, 0);
  return [
    'Every source line passed trajgen\'s format check (zod schema, runner message order, ends with `submit_result`).',
    s.keep_special_tokens
      ? 'Examples whose data holds a FunctionGemma control token were kept on request (`--keep-special-tokens`); they do not render faithfully.'
      : `No data string holds a FunctionGemma control token (\`<escape>\`, \`<start_function_call>\`, \`<start_of_turn>\`, ...): ${dropped} example(s) that did were dropped.`,
    ...(s.format === 'functiongemma'
      ? [`Every exported conversation was read back from its rendered text and matched its source: system prompt, node context, each call's tool name and arguments as values (\`1.0\` stays a float), each tool result and \`[Context]\` text; each completion reads back as exactly its turn's call. ${unreadable} example(s) failed and were dropped.`]
      : []),
  ];
}

/** The dataset card of one exported domain: what was converted, how, from what, and how to train on it. */
export function exportCard(domain: string, settings: Settings, files: ExportFileSummary[], mix: Mix, ctx: ExportCardContext): string {
  const layout = layoutOf(settings);
  const lines = [
    `# trajgen ${domain} dataset, exported for fine-tuning (${settings.format})`,
    '',
    `Fine-tuning data for the **${domain}** subagent, a FunctionGemma model (\`google/functiongemma-270m-it\`) that fixes one piece`,
    `of Python code through tool calls. This folder holds ${WHAT[layout]}`,
    '',
    '## Provenance',
    '',
    '| | |',
    '|---|---|',
    `| generator | ${ctx.version} |`,
    `| command | \`${ctx.commandLine}\` |`,
    `| seed(s) of the source examples | ${mix.seeds.join(', ') || 'none'} |`,
    `| [Context] messages | ${settings.context === 'drop' ? 'dropped' : `a \`context\` tool response ${settings.context} the tool's own`} |`,
    `| tool results | ${settings.format === 'openai' ? 'the runner\'s JSON text' : settings.tool_response === 'structured' ? 'structured responses (`response:NAME{key:value,...}`)' : 'the runner\'s JSON text (`response:NAME{value:<escape>...<escape>}`)'} |`,
    '',
    '## Counts',
    '',
    '| split | source examples | exported | records | dropped (control tokens) | file |',
    '|---|---:|---:|---:|---:|---|',
    ...files.map((f) => `| ${f.split} | ${f.examples} | ${f.exported} | ${f.records} | ${f.dropped_special_tokens} | \`${f.split}.jsonl\` (from \`${f.input}\`) |`),
    '',
    '## Mix of the exported examples',
    '',
    ...countTable('shape', mix.per_shape),
    ...countTable('rule', mix.per_rule),
    ...countTable('tool calls before submit_result', mix.calls_per_example, 'as-given'),
    '## Fixture sources and licenses',
    '',
    ...fixtureSourceLines(ctx.fixtures),
    '',
    '## Checks this data passed',
    '',
    ...checks(settings, files).map((c) => `- ${c}`),
    '',
    '## Loading',
    '',
    ...loadingSection(layout),
  ];
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
