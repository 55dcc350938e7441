import { z } from 'zod';

// The shape of a subagent definition YAML (DESIGN section 1). The `parameters` value is a JSON
// Schema owned by the YAML: zod checks only that it is an object schema, ajv does the rest.
export const ParametersSchema = z
  .looseObject({
    type: z.literal('object', { error: 'must be a JSON Schema with `type: object`' }),
    properties: z.record(z.string(), z.unknown()).optional(),
    required: z.array(z.string()).optional(),
    additionalProperties: z.unknown().optional(),
  });

export const ToolDefinitionSchema = z.strictObject({
  name: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be a Python-style identifier'),
  pym: z.string().min(1),
  description: z.string().min(1),
  parameters: ParametersSchema,
  context_providers: z.array(z.string().min(1)).optional(),
});

export const SubagentDefinitionSchema = z.strictObject({
  name: z.string().min(1),
  model: z.string().min(1),
  max_turns: z.number().int().positive(),
  initial_context: z.strictObject({
    system_prompt: z.string().min(1),
    node_context: z.string().min(1),
  }),
  tools: z.array(ToolDefinitionSchema).min(1),
});

export type ToolDefinition = z.infer<typeof ToolDefinitionSchema>;
export type SubagentDefinition = z.infer<typeof SubagentDefinitionSchema>;
