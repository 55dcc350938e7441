import type { TemplateMessage } from '../template-message.js';
import type { DeclaredTool } from './declaration.js';
import { renderPieces } from './render.js';
import { START_RESPONSE } from './tokens.js';

export interface TurnSlice {
  /** Index of the turn in the template messages. */
  index: number;
  /** Everything before the turn, as rendered with add_generation_prompt=True. */
  prompt: string;
  /** What the model writes for the turn: render(messages[:index+1])[len(prompt):]. */
  completion: string;
}

/**
 * Google's recipe for completion-only loss, per turn: the prompt is render(messages[:k],
 * add_generation_prompt=True), the completion what render(messages[:k+1]) adds to it. Both are
 * read off one rendering of the whole conversation: the text before a turn does not depend on
 * what follows it, the generation prompt is exactly the turn's header (or nothing after a tool
 * response), and a turn that ends a rendering with a call gains the `<start_function_response>`
 * stop, which in the whole text is where the next tool response begins.
 */
export function turnSlices(messages: readonly TemplateMessage[], tools: readonly DeclaredTool[], indices: readonly number[]): { text: string; slices: TurnSlice[] } {
  const { text, pieces } = renderPieces(messages, tools);
  const slices = indices.map((index) => {
    const m = messages[index];
    if (m.role !== 'assistant') throw new Error(`message ${index} is not an assistant turn`);
    const piece = pieces[index];
    const last = index === messages.length - 1;
    const stop = m.tool_calls && !last ? START_RESPONSE : '';
    return { index, prompt: text.slice(0, piece.body), completion: text.slice(piece.body, piece.end) + stop };
  });
  return { text, slices };
}
