import { Args, Flags } from '@oclif/core';
import { TrajgenCommand } from '../cli/trajgen-command.js';
import { writeExportCards } from '../card/write-export-cards.js';
import { renderExportSummary } from '../cli/render-export-summary.js';
import { CONTEXT_PLACEMENTS, EXPORT_FORMATS, TOOL_RESPONSE_FORMS } from '../export/options.js';
import { runExport } from '../export/run-export.js';
import type { ExportSummary } from '../export/summary.js';

export default class Export extends TrajgenCommand {
  static override description =
    'Convert trajgen examples for fine-tuning: FunctionGemma\'s exact chat-template text (prompt/completion pairs, or one sequence with the spans to learn), TRL/HF datasets rows, or OpenAI\'s chat fine-tuning format. Streams, writes <out>/<domain>/{train,eval}.jsonl and a dataset card atomically.';

  static override examples = [
    '<%= config.bin %> export examples --format functiongemma --out exports/functiongemma',
    '<%= config.bin %> export examples/lint --format trl --out exports/trl',
    '<%= config.bin %> export examples/lint/train.jsonl --format functiongemma --single-sequence --json',
    '<%= config.bin %> export examples --format openai --context drop --out exports/openai',
  ];


  static override args = {
    input: Args.string({ description: 'A train/eval JSONL file, a domain folder (examples/lint) or a generate output folder (examples).', required: true }),
  };

  static override flags = {
    format: Flags.option({ options: EXPORT_FORMATS, description: 'Output format.', required: true })(),
    out: Flags.string({ description: 'Output folder; files go to <out>/<domain>/ (default: exports/<format>).' }),
    context: Flags.option({
      options: CONTEXT_PLACEMENTS,
      default: 'after' as const,
      description: "Where [Context] messages go: a `context` tool response after the tool's own result (default), before it, or nowhere (drop loses their text).",
    })(),
    'tool-response': Flags.option({
      options: TOOL_RESPONSE_FORMS,
      default: 'structured' as const,
      description: "functiongemma and trl: a tool result as a structured response (Google's recommended form) or as the runner's JSON text.",
    })(),
    'single-sequence': Flags.boolean({ description: 'functiongemma: one text per conversation with the character spans to learn, instead of prompt/completion pairs.', default: false }),
    'prompt-completion': Flags.boolean({ description: 'trl: one conversational prompt/completion row per learning-target turn, instead of whole conversations.', default: false }),
    'keep-special-tokens': Flags.boolean({ description: 'Keep examples whose data holds a FunctionGemma control token such as <escape> (they do not render faithfully).', default: false }),
  };

  async run(): Promise<ExportSummary> {
    const { args, flags } = await this.parse(Export);
    const outDir = flags.out ?? `exports/${flags.format}`;
    const { summary, domains } = await runExport({
      input: args.input,
      outDir,
      options: {
        format: flags.format,
        context: flags.context,
        toolResponse: flags['tool-response'],
        singleSequence: flags['single-sequence'],
        promptCompletion: flags['prompt-completion'],
        keepSpecialTokens: flags['keep-special-tokens'],
      },
      onWarning: (msg) => {
        if (!this.jsonEnabled()) this.warn(msg);
      },
    });
    const cards = writeExportCards(summary, domains, outDir, this.id, this.argv);
    const result: ExportSummary = { ...summary, cards };
    if (!this.jsonEnabled()) this.log(renderExportSummary(result));
    return result;
  }
}
