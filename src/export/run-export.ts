import { dirname, resolve } from 'node:path';
import { DataError, TrajgenError } from '../errors.js';
import { AtomicJsonl } from '../generate/atomic-jsonl.js';
import { displayPath } from '../paths.js';
import { pyDumps } from '../pyjson/dumps.js';
import { readExamples } from '../dataset/read-examples.js';
import { resolveInputs, type InputFile } from '../dataset/resolve-inputs.js';
import { MixTally } from '../dataset/mix-tally.js';
import { checkExportOptions } from './check-options.js';
import { convertExample } from './convert-example.js';
import { missingFolders, removeEmptyFolders } from './missing-folders.js';
import type { ExportOptions } from './options.js';
import type { ExportFileSummary, ExportSummary } from './summary.js';
import { CONTEXT_RESPONSE_NAME } from './template-message.js';

export interface ExportRun {
  input: string;
  outDir: string;
  options: ExportOptions;
  onWarning?: (message: string) => void;
}

/** What the dataset card of one exported domain is written from. */
export interface ExportedDomain {
  domain: string;
  files: ExportFileSummary[];
  mix: MixTally;
}

/**
 * Converts every input file, streaming, into <out>/<domain>/<split>.jsonl. All outputs go to
 * temp files that are renamed only when every input has been read without error, so a bad
 * line anywhere leaves no output at all.
 */
export async function runExport(run: ExportRun): Promise<{ summary: Omit<ExportSummary, 'cards'>; domains: ExportedDomain[] }> {
  const started = process.hrtime.bigint();
  const { options } = run;
  checkExportOptions(options);
  const inputs = resolveInputs(run.input);
  const outDir = resolve(run.outDir);
  const warnings: string[] = [];
  const warn = (message: string) => {
    warnings.push(message);
    run.onWarning?.(message);
  };
  const writers: (AtomicJsonl & { createdFolders: string[] })[] = [];
  const domains = new Map<string, ExportedDomain>();
  const files: ExportFileSummary[] = [];
  try {
    for (const input of inputs) files.push(await exportFile(input, outDir, options, writers, domains, warn));
    for (const w of writers) w.commit();
  } catch (e) {
    for (const w of writers) w.abort();
    // A failed export leaves no trace, not even the folders it made for its output.
    removeEmptyFolders(writers.flatMap((w) => w.createdFolders));
    throw e;
  }
  const summary = {
    format: options.format,
    context: options.context,
    tool_response: options.toolResponse,
    single_sequence: options.singleSequence,
    prompt_completion: options.promptCompletion,
    keep_special_tokens: options.keepSpecialTokens,
    out: displayPath(outDir),
    files: files.filter((f) => f.output !== ''),
    warnings,
    seconds: Number(process.hrtime.bigint() - started) / 1e9,
  };
  return { summary, domains: [...domains.values()] };
}

async function exportFile(input: InputFile, outDir: string, options: ExportOptions, writers: (AtomicJsonl & { createdFolders: string[] })[], domains: Map<string, ExportedDomain>, warn: (m: string) => void): Promise<ExportFileSummary> {
  const shown = displayPath(input.path);
  const file: ExportFileSummary = { domain: input.folderDomain ?? '', split: input.split, input: shown, output: '', examples: 0, exported: 0, records: 0, dropped_special_tokens: 0, dropped_unreadable: 0 };
  // Opened at the first example, whose meta.domain says which folder the output goes to.
  let out: { writer: AtomicJsonl; domain: ExportedDomain } | null = null;
  const open = (name: string, line: number | null) => {
    const target = resolve(outDir, name, `${input.split}.jsonl`);
    if (target === input.path) throw new DataError(shown, line, `--out ${displayPath(outDir)} would overwrite this input file`, ['Export to another folder, e.g. --out exports/<format>.']);
    const created = missingFolders(dirname(target));
    const writer = Object.assign(new AtomicJsonl(target), { createdFolders: created });
    writers.push(writer);
    file.domain = name;
    file.output = displayPath(target);
    const domain = domains.get(name) ?? { domain: name, files: [], mix: new MixTally() };
    domains.set(name, domain);
    domain.files.push(file);
    return { writer, domain };
  };
  for await (const { line, example } of readExamples(input.path)) {
    file.examples++;
    const name = example.meta.domain;
    out ??= open(name, line);
    if (name !== file.domain) throw new DataError(shown, line, `meta.domain is ${name}, but earlier lines are ${file.domain}; one file holds one domain`);
    if (options.context !== 'drop' && example.tools.some((t) => t.function.name === CONTEXT_RESPONSE_NAME)) {
      throw new DataError(shown, line, `a tool is named "${CONTEXT_RESPONSE_NAME}", the name [Context] responses are written under`, ['Use --context drop, or rename the tool in the definition.']);
    }
    let conversion;
    try {
      conversion = convertExample(example, { domain: name, line, node_id: example.meta.node_id, shape: example.meta.shape }, options);
    } catch (e) {
      if (e instanceof TrajgenError) throw new DataError(shown, line, e.message, e.suggestions);
      if (e instanceof SyntaxError) throw new DataError(shown, line, `arguments or a tool result that Python's json.loads would not read the same: ${e.message}`);
      throw e;
    }
    if (conversion.kind === 'control-token') {
      file.dropped_special_tokens++;
      warn(`${shown}:${line}: ${conversion.hit.token} in ${conversion.hit.where} would be read as a control token; dropped (--keep-special-tokens keeps it)`);
      continue;
    }
    if (conversion.result.problem) {
      file.dropped_unreadable++;
      warn(`${shown}:${line}: the rendered text does not read back as its source (${conversion.result.problem}); dropped`);
      continue;
    }
    for (const record of conversion.result.records) out.writer.write(pyDumps(record));
    file.records += conversion.result.records.length;
    file.exported++;
    out.domain.mix.add(example);
  }
  if (!out) {
    if (input.folderDomain) open(input.folderDomain, null);
    else warn(`${shown}: empty, and its folder names no domain; nothing written for it`);
  }
  return file;
}
