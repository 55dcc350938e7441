import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDomain } from '../../src/domains/registry.js';
import { generate, type GenerateOptions } from '../../src/generate/pipeline.js';
import type { Summary } from '../../src/generate/summary.js';
import type { TrainingExample } from '../../src/schema/conversation.js';

export interface GeneratedRun {
  dir: string;
  summary: Summary;
  trainText: string;
  evalText: string;
  train: TrainingExample[];
  eval: TrainingExample[];
  cleanup(): void;
}

export function tempDir(prefix = 'trajgen-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Runs the pipeline in-process into a fresh temp folder and reads both files back. */
export async function generateToTemp(domainName: string, options: Partial<Omit<GenerateOptions, 'domain' | 'outDir'>> = {}): Promise<GeneratedRun> {
  const domain = await loadDomain(domainName);
  const dir = tempDir();
  const summary = await generate({ domain, count: options.count ?? 40, split: options.split ?? 0.8, seed: options.seed ?? 0, outDir: dir, ...options });
  const trainText = readFileSync(join(dir, domain.name, 'train.jsonl'), 'utf8');
  const evalText = readFileSync(join(dir, domain.name, 'eval.jsonl'), 'utf8');
  const parse = (text: string) => text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as TrainingExample);
  return { dir, summary, trainText, evalText, train: parse(trainText), eval: parse(evalText), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The code block of the node the model is shown (between the ```python fence). */
export function shownCode(example: TrainingExample): string {
  const content = example.messages[1].content ?? '';
  const start = content.indexOf('```python\n');
  const end = content.lastIndexOf('\n```');
  if (start < 0 || end < start) throw new Error('node_context has no ```python block');
  return content.slice(start + '```python\n'.length, end);
}

export interface RecordedCall {
  name: string;
  args: Record<string, unknown>;
  result: unknown;
  contexts: string[];
  /** The JSON texts as written: JSON.parse turns 19.0 into 19, these keep it. */
  argsText: string;
  resultText: string | null;
}

/** Tool calls of a conversation with their parsed arguments and results, in order. */
export function toolCalls(example: TrainingExample): RecordedCall[] {
  const out: RecordedCall[] = [];
  for (const m of example.messages) {
    if (m.role === 'assistant' && m.tool_calls) {
      const call = m.tool_calls[0];
      out.push({ name: call.function.name, args: JSON.parse(call.function.arguments), result: undefined, contexts: [], argsText: call.function.arguments, resultText: null });
    } else if (m.role === 'user' && m.content?.startsWith('[Context] ') && out.length) {
      out[out.length - 1].contexts.push(m.content.slice('[Context] '.length));
    } else if (m.role === 'tool') {
      out[out.length - 1].resultText = m.content;
      out[out.length - 1].result = JSON.parse(m.content ?? 'null');
    }
  }
  return out;
}
