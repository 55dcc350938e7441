import type { TrainingExample } from '../schema/conversation.js';

/** The code the model is shown: the ```python block of the node context, or the whole message when it has none. */
export function nodeCode(example: TrainingExample): string {
  const content = example.messages[1].content ?? '';
  const start = content.indexOf('```python\n');
  const end = content.lastIndexOf('\n```');
  return start >= 0 && end > start ? content.slice(start + '```python\n'.length, end) : content;
}
