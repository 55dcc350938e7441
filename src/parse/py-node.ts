import { z } from 'zod';

export const PyNodeSchema = z.strictObject({
  node_type: z.enum(['function_def', 'class_def', 'file']),
  name: z.string(),
  text: z.string(),
  file_path: z.string(),
  start_line: z.number().int().positive(),
  end_line: z.number().int().positive(),
  node_id: z.string().regex(/^[0-9a-f]{16}$/),
});

export type PyNode = z.infer<typeof PyNodeSchema>;
