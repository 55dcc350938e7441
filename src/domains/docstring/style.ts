import { z } from 'zod';

/** The docstring conventions the subagent writes; the order is the enum order of the YAML. */
export const StyleSchema = z.enum(['google', 'numpy', 'sphinx']);
export type Style = z.infer<typeof StyleSchema>;
export const STYLES: readonly Style[] = StyleSchema.options;

export const ActionSchema = z.enum(['added', 'updated', 'skipped']);
export type Action = z.infer<typeof ActionSchema>;
