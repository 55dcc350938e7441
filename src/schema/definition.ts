import { z } from 'zod';

// The shape of a subagent definition YAML (DESIGN section 1), as the runner accepts it: extra
// keys are allowed (and reported as ignored), the model may be given as `model` or `model_id`,
// a tool may lack a description. The `parameters` value is a JSON Schema owned by the YAML: zod
// checks only that it is an object schema, ajv does the rest.
export const ParametersSchema = z.looseObject({
  type: z.literal('object', { error: 'must be a JSON Schema with `type: object`' }),
  properties: z.record(z.string(), z.unknown()).optional(),
  required: z.array(z.string()).optional(),
  additionalProperties: z.unknown().optional(),
});

export const ToolDefinitionSchema = z.looseObject({
  name: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be a Python-style identifier'),
  pym: z.string().min(1).optional(),
  description: z.string().optional(),
  parameters: ParametersSchema,
  context_providers: z.array(z.string().min(1)).optional(),
});

export const SubagentDefinitionSchema = z
  .looseObject({
    name: z.string().min(1),
    model: z.string().min(1).optional(),
    model_id: z.string().min(1).optional(),
    max_turns: z.number().int().positive(),
    initial_context: z.looseObject({
      system_prompt: z.string().min(1),
      node_context: z.string().min(1),
    }),
    tools: z.array(ToolDefinitionSchema).min(1),
  })
  .refine((d) => d.model !== undefined || d.model_id !== undefined, { error: 'needs `model` or `model_id`: the model the runner loads' });

/** The keys trajgen reads; any other key of an operator's definition is kept by the runner and ignored here. */
export const KNOWN_KEYS = {
  definition: ['name', 'model', 'model_id', 'max_turns', 'initial_context', 'tools'],
  initialContext: ['system_prompt', 'node_context'],
  tool: ['name', 'pym', 'description', 'parameters', 'context_providers'],
} as const;

export type ToolDefinition = z.infer<typeof ToolDefinitionSchema>;
export type SubagentDefinition = z.infer<typeof SubagentDefinitionSchema>;
