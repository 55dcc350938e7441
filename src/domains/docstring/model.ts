import { z } from 'zod';

/**
 * The canonical content of one docstring, independent of style: what a person would write
 * about the function. Each renderer turns it into one convention.
 */
export const DocParamSchema = z.strictObject({
  /** As documented: `*args` / `**kwargs` keep their stars (sphinx renderers drop them). */
  name: z.string(),
  /** The annotation exactly as written, or null. */
  type: z.string().nullable(),
  optional: z.boolean(),
  description: z.string(),
});

export const DocModelSchema = z.strictObject({
  summary: z.string(),
  description: z.string().nullable(),
  params: z.array(DocParamSchema),
  returns: z.strictObject({ type: z.string().nullable(), description: z.string() }).nullable(),
  yields: z.strictObject({ type: z.string().nullable(), description: z.string() }).nullable(),
  raises: z.array(z.strictObject({ exception: z.string(), description: z.string() })),
});

export type DocParam = z.infer<typeof DocParamSchema>;
export type DocModel = z.infer<typeof DocModelSchema>;
