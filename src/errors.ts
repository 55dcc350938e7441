/** Errors a user can fix: they name the file (and field, line or flag) at fault. */
export class TrajgenError extends Error {
  constructor(
    message: string,
    readonly suggestions: string[] = [],
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class DefinitionError extends TrajgenError {
  constructor(
    readonly file: string,
    readonly field: string,
    problem: string,
    suggestions: string[] = [],
  ) {
    super(`${file}: ${field}: ${problem}`, suggestions);
  }
}

export class FixtureError extends TrajgenError {
  constructor(
    readonly file: string,
    readonly line: number | null,
    problem: string,
    suggestions: string[] = [],
  ) {
    super(`${file}${line === null ? '' : `:${line}`}: ${problem}`, suggestions);
  }
}

/** A file given to export or stats that is missing, or a line in it that trajgen cannot read. */
export class DataError extends TrajgenError {
  constructor(
    readonly file: string,
    readonly line: number | null,
    problem: string,
    suggestions: string[] = [],
  ) {
    super(`${file}${line === null ? '' : `:${line}`}: ${problem}`, suggestions);
  }
}

export class CapacityError extends TrajgenError {}

/** A flag value that cannot be used; the message names the flag and the value. */
export class FlagError extends TrajgenError {}

export class OutputError extends TrajgenError {}

/** A policy produced arguments its own definition rejects: a bug in trajgen, never written out. */
export class ArgumentValidationError extends Error {
  constructor(
    readonly tool: string,
    readonly problems: string,
  ) {
    super(`arguments for ${tool} do not match the definition's schema: ${problems}`);
    this.name = 'ArgumentValidationError';
  }
}
