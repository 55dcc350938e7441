import { MixTally } from '../dataset/mix-tally.js';
import { digest } from '../generate/digest.js';
import type { TrainingExample } from '../schema/conversation.js';
import { approxTokens } from './approx-tokens.js';
import { distribution } from './distribution.js';
import { minhash } from './minhash.js';
import { NearDuplicateIndex } from './near-duplicates.js';
import { nodeCode } from './node-code.js';
import type { DomainStats } from './stats-summary.js';

type Where = DomainStats['longest'];

/** Everything `stats` reports about one domain, gathered one example at a time. */
export class DomainAccumulator {
  private readonly examples: Record<string, number> = {};
  private readonly mix = new MixTally();
  private readonly chars: number[] = [];
  private readonly tokens: number[] = [];
  private longest: Where = { file: '', line: 0, chars: 0, tokens: 0 };
  private readonly overMax: Where[] = [];
  private readonly code = new Map<string, Set<string>>();
  private readonly allCode = new Set<string>();
  private readonly near = new Map<string, { index: NearDuplicateIndex; count: number }>();
  private readonly trainExamples = new Set<string>();
  private readonly overlap = { identical_examples: 0, eval_node_code_in_train: 0, eval_near_duplicates_of_train: 0 };

  constructor(
    readonly domain: string,
    private readonly maxChars: number | null,
  ) {}

  /** `text` is the example rendered as FunctionGemma's template renders it. */
  add(example: TrainingExample, split: string, text: string, where: { file: string; line: number }): void {
    this.examples[split] = (this.examples[split] ?? 0) + 1;
    this.mix.add(example);
    const length = { ...where, chars: text.length, tokens: approxTokens(text) };
    this.chars.push(length.chars);
    this.tokens.push(length.tokens);
    if (length.chars > this.longest.chars) this.longest = length;
    if (this.maxChars !== null && length.chars > this.maxChars) this.overMax.push(length);

    const code = digest(nodeCode(example));
    this.allCode.add(code);
    if (!this.code.has(split)) this.code.set(split, new Set());
    this.code.get(split)!.add(code);

    // The developer turn (system prompt and tool declarations) is the same in every example of a domain.
    const sig = minhash(text.slice(text.indexOf('<start_of_turn>user')));
    if (!this.near.has(split)) this.near.set(split, { index: new NearDuplicateIndex(), count: 0 });
    const own = this.near.get(split)!;
    if (own.index.has(sig)) own.count++;
    own.index.add(sig);

    const identity = digest(JSON.stringify(example.messages));
    if (split === 'train') this.trainExamples.add(identity);
    else if (split === 'eval') {
      if (this.trainExamples.has(identity)) this.overlap.identical_examples++;
      if (this.code.get('train')?.has(code)) this.overlap.eval_node_code_in_train++;
      if (this.near.get('train')?.index.has(sig)) this.overlap.eval_near_duplicates_of_train++;
    }
  }

  result(): DomainStats {
    const mix = this.mix.result();
    return {
      domain: this.domain,
      examples: this.examples,
      per_shape: mix.per_shape,
      per_rule: mix.per_rule,
      calls_per_example: mix.calls_per_example,
      length_chars: distribution(this.chars),
      length_tokens: distribution(this.tokens),
      longest: this.longest,
      distinct_node_code: { distinct: this.allCode.size, examples: mix.examples },
      near_duplicates: Object.fromEntries([...this.near].map(([split, n]) => [split, { examples: n.count, rate: Math.round((n.count / this.examples[split]) * 1000) / 1000 }])),
      train_eval_overlap: this.overlap,
      over_max_chars: this.overMax,
    };
  }
}
