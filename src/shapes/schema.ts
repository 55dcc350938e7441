import { z } from 'zod';
import { DomainNameSchema } from '../schema/conversation.js';

// rules/<domain>/shapes.yaml, as an operator writes it. Steps and predicates are names from the
// domain's vocabulary (checked by load-shapes.ts, which knows the domain).

/** `check`, or `{step: fix-top-down, target: false}` for a deliberate mistake kept as context. */
export const StepRefSchema = z.union([z.string().min(1), z.strictObject({ step: z.string().min(1), target: z.boolean() })]);

export const ShapeSpecSchema = z.strictObject({
  name: z.string().regex(/^[a-z][a-z0-9-]*$/, 'must be lower-case words joined by -'),
  description: z.string().optional(),
  /** Relative share of the output; the shares of a file are its weights over their sum. */
  weight: z.number(),
  /** Predicates the situation must satisfy, all of them. */
  when: z.array(z.string().min(1)).default([]),
  steps: z.array(StepRefSchema).min(1),
  /** submit_result summary templates with {placeholders}; one is picked per visible state. */
  summaries: z.array(z.string().min(1)).min(1),
});

export const ShapesFileSchema = z.strictObject({
  domain: DomainNameSchema,
  /** Shapes with a mistake step may take at most this share of the weights. */
  max_mistake_share: z.number().min(0).max(1).default(0.15),
  shapes: z.array(ShapeSpecSchema).min(1),
});

export type ShapeSpec = z.infer<typeof ShapeSpecSchema>;
export type ShapesFile = z.infer<typeof ShapesFileSchema>;

/** One step of a loaded shape: its name, whether the turns it makes are learned, and whether it is a mistake. */
export interface ShapeStep {
  step: string;
  target: boolean;
  mistake: boolean;
}

/** A shape as the generator uses it: validated against its domain's vocabulary. */
export interface Shape {
  name: string;
  description: string;
  /** The weight over the sum of the file's weights. */
  share: number;
  weight: number;
  when: string[];
  steps: ShapeStep[];
  summaries: string[];
  /** It plays a deliberate mistake (some of its turns are not learning targets). */
  hasMistake: boolean;
  /** The tools its steps call, submit_result included. */
  tools: string[];
}
