import { z } from 'zod';

// Case ids become parametrize ids and test-name suffixes, so they stay plain identifiers.
const CaseId = z.string().regex(/^[a-z][a-z0-9_]*$/, 'a case id is lower_snake_case');

const ReturnsCase = z.strictObject({
  id: CaseId,
  /** A Python expression that calls the function, e.g. `slugify("Hello World")`. */
  call: z.string().min(1),
  /** repr() of the value the call returns, exactly as Python prints it. */
  returns: z.string().min(1),
});

const RaisesCase = z.strictObject({
  id: CaseId,
  call: z.string().min(1),
  /** The exception class name, defined in the module or a builtin. */
  raises: z.string().regex(/^[A-Z][A-Za-z0-9_]*$/),
  /** str() of the exception. */
  message: z.string(),
});

export const CuratedCaseSchema = z.union([ReturnsCase, RaisesCase]);

export const CuratedFunctionSchema = z.strictObject({
  cases: z.array(CuratedCaseSchema).min(1),
});

/** `<module>.yaml` beside `<module>.py`: the known behaviour of its functions, keyed by qualified name. */
export const CuratedModuleSchema = z.strictObject({
  functions: z.record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?$/), CuratedFunctionSchema),
});

export type CuratedCase = z.infer<typeof CuratedCaseSchema>;
export type CuratedFunction = z.infer<typeof CuratedFunctionSchema>;
export type CuratedModule = z.infer<typeof CuratedModuleSchema>;
