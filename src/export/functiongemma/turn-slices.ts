import type { TemplateMessage } from '../template-message.js';
import type { DeclaredTool } from './declaration.js';
import { renderConversation } from './render.js';

export interface TurnSlice {
  /** Index of the turn in the template messages. */
  index: number;
  /** Everything before the turn, as rendered with add_generation_prompt=True. */
  prompt: string;
  /** What the model writes for the turn: render(messages[:index+1])[len(prompt):]. */
  completion: string;
}

/**
 * Google's recipe for completion-only loss, per turn: the prompt is the conversation before the
 * turn with the generation prompt, the completion is what rendering the turn adds to it (its
 * calls and the `<start_function_response>` stop).
 */
export function turnSlices(messages: readonly TemplateMessage[], tools: readonly DeclaredTool[], indices: readonly number[]): TurnSlice[] {
  return indices.map((index) => {
    const prompt = renderConversation(messages.slice(0, index), tools, { addGenerationPrompt: true });
    const whole = renderConversation(messages.slice(0, index + 1), tools);
    if (!whole.startsWith(prompt)) throw new Error(`turn ${index}: the rendered prompt is not a prefix of the rendered turn`);
    return { index, prompt, completion: whole.slice(prompt.length) };
  });
}
