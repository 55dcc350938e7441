import { codeBlock } from './markdown.js';

/** The layouts a card can describe: trajgen's own files, and each export. */
export type Layout = 'trajgen' | 'functiongemma-pairs' | 'functiongemma-sequence' | 'trl-messages' | 'trl-prompt-completion' | 'openai';

const LOAD = ['from datasets import load_dataset', '', 'ds = load_dataset("json", data_files={"train": "train.jsonl", "eval": "eval.jsonl"})'];
const TRAINER = [
  'from trl import SFTConfig, SFTTrainer',
  '',
  'trainer = SFTTrainer(',
  '    model="google/functiongemma-270m-it",',
  '    train_dataset=ds["train"],',
  '    eval_dataset=ds["eval"],',
  '    args=SFTConfig(output_dir="out", packing=False),',
  ')',
  'trainer.train()',
];

/** "How to load it" for a card: the files of one layout, with `datasets` and TRL. */
export function loadingSection(layout: Layout): string[] {
  switch (layout) {
    case 'trajgen':
      return [
        ...codeBlock('python', LOAD),
        'These files are the runner\'s wire format: tool-call `arguments` and tool results are JSON strings, and',
        '`[Context]` messages sit between a call and its result. Do not train on them directly; convert them:',
        '',
        ...codeBlock('sh', ['trajgen export <this folder> --format functiongemma --out exports/functiongemma   # text, prompt/completion pairs', 'trajgen export <this folder> --format trl --out exports/trl', 'trajgen export <this folder> --format openai --out exports/openai']),
      ];
    case 'functiongemma-pairs':
      return [
        'Prompt/completion pairs in FunctionGemma\'s rendered text; TRL trains on the completion only (`completion_only_loss`',
        'is on for prompt/completion data). The text starts with `<bos>`, and TRL\'s tokenizer adds one itself, so drop it:',
        '',
        ...codeBlock('python', [...LOAD, 'ds = ds.map(lambda r: {"prompt": r["prompt"].removeprefix("<bos>")}).remove_columns("meta")', '', ...TRAINER]),
        'TRL appends `<eos>` to every completion. Completions end with `<start_function_response>`, the stop sequence the',
        'runner uses, so the model stops there before the `<eos>` matters.',
        '',
      ];
    case 'functiongemma-sequence':
      return [
        'One rendered text per conversation; `spans` are the `[start, end)` character ranges (Python string indices) of the',
        'turns to learn. Mask the rest of the labels with the tokenizer\'s offsets:',
        '',
        ...codeBlock('python', [
          ...LOAD,
          'from transformers import AutoTokenizer',
          '',
          'tok = AutoTokenizer.from_pretrained("google/functiongemma-270m-it")',
          '',
          'def tokenize(row):',
          '    enc = tok(row["text"], add_special_tokens=False, return_offsets_mapping=True)  # the text has its <bos>',
          '    inside = lambda a, b: any(s <= a and b <= e for s, e in row["spans"])',
          '    labels = [t if inside(a, b) else -100 for t, (a, b) in zip(enc["input_ids"], enc["offset_mapping"])]',
          '    return {"input_ids": enc["input_ids"], "labels": labels}',
          '',
          'ds = ds.map(tokenize, remove_columns=["text", "spans", "meta"])',
        ]),
      ];
    case 'trl-messages':
      return [
        'Conversations as TRL\'s SFTTrainer takes them: `arguments` are objects, tool messages carry the tool\'s `name`, and',
        '`tools` is a JSON string (TRL 0.29 and later parse it), so Arrow cannot merge one tool\'s schema into another\'s.',
        'FunctionGemma\'s template has no assistant-mask support, so every token of a row is trained, including turns that',
        'are not learning targets; use `--prompt-completion` when the data has such turns.',
        '',
        ...codeBlock('python', [...LOAD, '', ...TRAINER]),
      ];
    case 'trl-prompt-completion':
      return [
        'One conversational prompt/completion row per learning-target turn; TRL renders both with the model\'s chat template',
        'and trains on the completion only. `tools` is a JSON string.',
        '',
        ...codeBlock('python', [...LOAD, '', ...TRAINER]),
      ];
    case 'openai':
      return [
        'OpenAI\'s chat fine-tuning format: upload `train.jsonl` (and `eval.jsonl` as the validation file). Assistant turns',
        'that are not learning targets carry `"weight": 0`. To inspect it with `datasets`:',
        '',
        ...codeBlock('python', LOAD),
      ];
  }
}
