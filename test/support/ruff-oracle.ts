import { PositionEncoding, Workspace } from '@astral-sh/ruff-wasm-nodejs';

// In preview mode the wasm build reports rule names instead of codes; this maps them back.
// A name missing here fails loudly (see ruffCheck) rather than being dropped.
export const RUFF_NAME_TO_CODE: Record<string, string> = {
  'unused-import': 'F401',
  'f-string-missing-placeholders': 'F541',
  'unused-variable': 'F841',
  'multiple-imports-on-one-line': 'E401',
  'missing-whitespace-around-operator': 'E225',
  'missing-whitespace-around-arithmetic-operator': 'E226',
  'missing-whitespace-around-bitwise-or-shift-operator': 'E227',
  'missing-whitespace-around-modulo-operator': 'E228',
  'multiple-spaces-before-operator': 'E221',
  'multiple-spaces-after-operator': 'E222',
  'missing-whitespace': 'E231',
  'whitespace-after-open-bracket': 'E201',
  'whitespace-before-close-bracket': 'E202',
  'whitespace-before-punctuation': 'E203',
  'line-too-long': 'E501',
  'trailing-whitespace': 'W291',
  'blank-line-with-whitespace': 'W293',
  'missing-newline-at-end-of-file': 'W292',
  'none-comparison': 'E711',
  'true-false-comparison': 'E712',
  'blank-line-between-methods': 'E301',
  'blank-lines-top-level': 'E302',
  'too-many-blank-lines': 'E303',
  'blank-line-after-decorator': 'E304',
  'blank-lines-after-function-or-class': 'E305',
  'blank-lines-before-nested-definition': 'E306',
};

export interface RuffEdit {
  start: { line: number; col: number };
  end: { line: number; col: number };
  content: string;
}

export interface RuffFinding {
  code: string;
  line: number;
  col: number;
  message: string;
  fix: { title: string | null; edits: RuffEdit[] } | null;
}

const workspaces = new Map<string, Workspace>();

function workspace(codes: readonly string[], preview: boolean, lineLength: number): Workspace {
  const key = `${codes.join(',')}|${preview}|${lineLength}`;
  let ws = workspaces.get(key);
  if (!ws) {
    ws = new Workspace({ 'line-length': lineLength, lint: { select: [...codes], preview } }, PositionEncoding.Utf32);
    workspaces.set(key, ws);
  }
  return ws;
}

/** Real ruff (wasm build, in-process): findings sorted as `ruff check` prints them. */
export function ruffCheck(code: string, codes: readonly string[], preview: boolean, lineLength = 88): RuffFinding[] {
  const raw = workspace(codes, preview, lineLength).check(code) as {
    code: string | null;
    message: string;
    start_location: { row: number; column: number };
    fix: { message: string | null; edits: { content: string | null; location: { row: number; column: number }; end_location: { row: number; column: number } }[] } | null;
  }[];
  const out = raw.map((d) => {
    const name = d.code ?? '(syntax error)';
    const mapped = /^[A-Z]+\d+$/.test(name) ? name : RUFF_NAME_TO_CODE[name];
    if (!mapped) throw new Error(`ruff reported ${name}, which RUFF_NAME_TO_CODE does not map: ${d.message}`);
    return {
      code: mapped,
      line: d.start_location.row,
      col: d.start_location.column,
      message: d.message,
      fix: d.fix
        ? {
            title: d.fix.message,
            edits: d.fix.edits.map((e) => ({ start: { line: e.location.row, col: e.location.column }, end: { line: e.end_location.row, col: e.end_location.column }, content: e.content ?? '' })),
          }
        : null,
    };
  });
  return out.sort((a, b) => a.line - b.line || a.col - b.col || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/** Applies a ruff fix's edits (line/character positions) to the code. */
export function applyRuffEdits(code: string, edits: readonly RuffEdit[]): string {
  const lines = code.split('\n');
  const starts: number[] = [];
  let at = 0;
  for (const l of lines) {
    starts.push(at);
    at += l.length + 1;
  }
  const toOffset = (p: { line: number; col: number }): number => {
    if (p.line > lines.length) return code.length;
    const chars = [...lines[p.line - 1]];
    return starts[p.line - 1] + chars.slice(0, p.col - 1).join('').length;
  };
  const sorted = [...edits].sort((a, b) => toOffset(b.start) - toOffset(a.start));
  let out = code;
  for (const e of sorted) out = out.slice(0, toOffset(e.start)) + e.content + out.slice(toOffset(e.end));
  return out;
}

// ruff's fixes for these are unsafe (`ruff check --fix` skips them without --unsafe-fixes).
const UNSAFE_CODES = new Set(['E711', 'E712', 'F841']);

/** Byte ranges of ruff's own string tokens that span lines (from Workspace.tokens()). */
function multilineStringRanges(code: string): [number, number][] {
  const dump = workspace(['W291'], true, 88).tokens(code);
  const out: [number, number][] = [];
  const bytes = Buffer.from(code, 'utf8');
  for (const m of dump.matchAll(/(String|FStringMiddle|TStringMiddle) (\d+)\.\.(\d+)/g)) {
    const [a, b] = [Number(m[2]), Number(m[3])];
    if (bytes.subarray(a, b).includes(0x0a)) out.push([a, b]);
  }
  return out;
}

/**
 * Whether `ruff check --fix` would apply this finding's fix. The wasm build shows fixes but
 * not their applicability, so this restates ruff's documented rules (the CLI's JSON
 * `applicability` checks them in ruff-cli-applicability.test.ts): E711/E712/F841 are unsafe but
 * for F841's removal of an unused `except ... as name`; F401 is unsafe in a package's
 * `__init__.py`; W291/W293 are unsafe inside a multi-line string.
 */
export function ruffFixIsSafe(code: string, f: RuffFinding, path = ''): boolean {
  if (!f.fix) return false;
  if (f.code === 'F841') return f.fix.edits.length === 1 && /^\s*as\s+\w+$/.test(ruffSlice(code, f.fix.edits[0]));
  if (UNSAFE_CODES.has(f.code)) return false;
  if (f.code === 'F401' && /(^|\/)__init__\.py$/.test(path)) return false;
  if (f.code === 'W291' || f.code === 'W293') {
    const line = code.split('\n')[f.line - 1];
    const lineStart = Buffer.byteLength(code.split('\n').slice(0, f.line - 1).join('\n') + (f.line > 1 ? '\n' : ''), 'utf8');
    const at = lineStart + Buffer.byteLength([...line].slice(0, f.col - 1).join(''), 'utf8');
    return !multilineStringRanges(code).some(([a, b]) => at > a && at < b);
  }
  return true;
}

/** The text a ruff edit replaces. */
function ruffSlice(code: string, e: RuffEdit): string {
  return code.slice(ruffOffset(code, e.start), ruffOffset(code, e.end));
}

/** UTF-16 offset of a ruff (line, character column) position. */
export function ruffOffset(code: string, p: { line: number; col: number }): number {
  const lines = code.split('\n');
  if (p.line > lines.length) return code.length;
  let at = 0;
  for (let i = 0; i < p.line - 1; i++) at += lines[i].length + 1;
  return at + [...lines[p.line - 1]].slice(0, p.col - 1).join('').length;
}
