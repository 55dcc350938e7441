/** FunctionGemma's control tokens (FUNCTIONGEMMA.md section 1), as text. */
export const ESC = '<escape>';
export const BOS = '<bos>';
export const START_TURN = '<start_of_turn>';
export const END_TURN = '<end_of_turn>';
export const START_DECL = '<start_function_declaration>';
export const END_DECL = '<end_function_declaration>';
export const START_CALL = '<start_function_call>';
export const END_CALL = '<end_function_call>';
export const START_RESPONSE = '<start_function_response>';
export const END_RESPONSE = '<end_function_response>';

/**
 * Every token the tokenizer maps to one special id. Found inside data (code, a docstring, a
 * tool result) it would be read as structure, so such an example cannot be rendered faithfully.
 */
export const CONTROL_TOKENS = ['<pad>', '<eos>', BOS, '<unk>', START_DECL, END_DECL, START_CALL, END_CALL, START_RESPONSE, END_RESPONSE, ESC, START_TURN, END_TURN] as const;

export const CONTROL_TOKEN_PATTERN = new RegExp(CONTROL_TOKENS.map((t) => t.replace(/[<>]/g, (c) => `\\${c}`)).join('|'));
