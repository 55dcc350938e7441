import { expect } from 'chai';
import { readFileSync, writeFileSync } from 'node:fs';
import { parseDefinition } from '../../src/definition/load-definition.js';
import { ArgumentValidationError } from '../../src/errors.js';
import { nodeId } from '../../src/parse/node-id.js';
import type { PyNode } from '../../src/parse/py-node.js';
import { projectPath } from '../../src/paths.js';
import { pyDumps } from '../../src/pyjson/dumps.js';
import { PyFloat, pyFloat } from '../../src/pyjson/py-float.js';
import { checkExample } from '../../src/record/check-example.js';
import { Session } from '../../src/record/session.js';
import type { Meta } from '../../src/schema/conversation.js';

// UPDATE_GOLDEN=1 rewrites the golden line from the current output (then read it by eye).
const GOLDEN = projectPath('test/record/golden/session.jsonl');

const PROBE_YAML = `name: probe
model: models/probe.gguf
max_turns: 8
initial_context:
  system_prompt: |
    You inspect code.
  node_context: |
    Inspect {{ node_type }} {{ node_name }} from {{ file_path }}:
    {{ node_text }}
tools:
  - name: inspect
    pym: tools/inspect.pym
    description: Inspect the node.
    parameters:
      type: object
      properties:
        target: {type: string}
        depth: {type: integer, minimum: 0}
      required: [target]
      additionalProperties: false
    context_providers: [context/notes.pym, context/stats.pym]
  - name: adjust
    pym: tools/adjust.pym
    description: Adjust by an amount.
    parameters:
      type: object
      properties:
        amount: {type: number}
      required: [amount]
      additionalProperties: false
  - name: submit_result
    pym: tools/submit_result.pym
    description: Finish.
    parameters:
      type: object
      properties:
        summary: {type: string}
        changed_files: {type: array, items: {type: string}}
      required: [summary, changed_files]
      additionalProperties: false
`;

const definition = parseDefinition(PROBE_YAML, 'test/probe.yaml');
const node: PyNode = { node_type: 'function_def', name: 'total', text: 'def total(xs):\n    return sum(xs)  # é', file_path: 'fixtures/probe/cart.py', start_line: 3, end_line: 4, node_id: nodeId('fixtures/probe/cart.py', 'function_def', 'total') };
const meta: Omit<Meta, 'targets'> = { domain: 'lint', fixture: 'fixtures/probe/cart.py', node_id: node.node_id, rules: ['R1'], tags: ['method'], shape: 'probe', seed: 7 };

function session(): Session {
  return new Session({
    definition,
    node,
    tools: { inspect: () => ({ found: true, score: pyFloat(2), names: ['é', '中'] }), adjust: (a) => ({ ok: true, amount: a.amount }) },
    // Declared in the other order on purpose: the definition's order decides.
    providers: { stats: () => ({ files: 3, ratio: pyFloat(0.5) }), notes: () => 'keep "it" small\nplease' },
  });
}

function script() {
  const s = session();
  const inspected = s.call<{ score: PyFloat }>('inspect', { target: 'café', depth: 2 });
  s.call('adjust', { amount: pyFloat(2.0) });
  return { s, inspected, example: s.submit({ summary: 'Done ✓', changed_files: [] }, meta) };
}

const msg = (role: string, content: string | null, tool_calls: unknown = null, tool_call_id: string | null = null) => ({ role, content, tool_calls, tool_call_id });
const call = (id: string, name: string, args: string) => [{ id, type: 'function', function: { name, arguments: args } }];

describe('record/session', () => {
  it('records exactly the runner message list', () => {
    const { example } = script();
    expect(example.messages).to.deep.equal([
      msg('system', 'You inspect code.\n'),
      msg('user', 'Inspect function_def total from fixtures/probe/cart.py:\ndef total(xs):\n    return sum(xs)  # é'),
      msg('assistant', null, call('call_0', 'inspect', '{"target": "caf\\u00e9", "depth": 2}')),
      msg('user', '[Context] keep "it" small\nplease'),
      msg('user', '[Context] {"files": 3, "ratio": 0.5}'),
      msg('tool', '{"found": true, "score": 2.0, "names": ["\\u00e9", "\\u4e2d"]}', null, 'call_0'),
      msg('assistant', null, call('call_1', 'adjust', '{"amount": 2.0}')),
      msg('tool', '{"ok": true, "amount": 2.0}', null, 'call_1'),
      msg('assistant', null, call('call_2', 'submit_result', '{"summary": "Done \\u2713", "changed_files": []}')),
    ]);
    expect(example.tools).to.deep.equal(definition.toolSchemas);
    expect(example.meta).to.deep.equal({ ...meta, targets: [2, 6, 8] });
  });

  it('leaves a call marked target: false out of meta.targets, and keeps its messages runner-exact', () => {
    const s = session();
    s.call('adjust', { amount: 1 }, { target: false });
    s.call('inspect', { target: 'x' });
    const example = s.submit({ summary: 'ok', changed_files: [] }, meta);
    expect(example.messages.map((m) => m.role)).to.deep.equal(['system', 'user', 'assistant', 'tool', 'assistant', 'user', 'user', 'tool', 'assistant']);
    expect(example.meta.targets).to.deep.equal([4, 8]);
    expect(s.calls.map((c) => c.target)).to.deep.equal([false, true]);
    expect(checkExample(JSON.parse(pyDumps(example)))).to.deep.equal([]);
  });

  it('every message has exactly role, content, tool_calls, tool_call_id in that order', () => {
    const { example } = script();
    for (const m of example.messages) expect(Object.keys(m)).to.deep.equal(['role', 'content', 'tool_calls', 'tool_call_id']);
    for (const m of example.messages.filter((x) => x.tool_calls)) {
      expect(Object.keys(m.tool_calls![0])).to.deep.equal(['id', 'type', 'function']);
      expect(Object.keys(m.tool_calls![0].function)).to.deep.equal(['name', 'arguments']);
    }
    expect(Object.keys(example)).to.deep.equal(['messages', 'tools', 'meta']);
  });

  it('matches the golden JSONL line byte for byte and passes checkExample', () => {
    const { example } = script();
    const line = `${pyDumps(example)}\n`;
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(GOLDEN, line);
    expect(line).to.equal(readFileSync(GOLDEN, 'utf8'));
    expect(checkExample(JSON.parse(line))).to.deep.equal([]);
  });

  it('returns the tool result as the tool gave it (PyFloat kept) and logs the calls', () => {
    const { s, inspected } = script();
    expect(inspected.score).to.be.instanceOf(PyFloat);
    expect(s.callCount).to.equal(2);
    expect(s.calls.map((c) => c.name)).to.deep.equal(['inspect', 'adjust']);
  });

  it('invalid arguments throw ArgumentValidationError and record nothing', () => {
    const s = session();
    expect(() => s.call('inspect', { target: 'x', depth: -1 })).to.throw(ArgumentValidationError, /inspect.*\/depth/);
    expect(() => s.call('inspect', { target: 'x', extra: 1 })).to.throw(ArgumentValidationError, /additional/);
    expect(() => s.call('inspect', { depth: 1 })).to.throw(ArgumentValidationError, /target/);
    expect(() => s.call('adjust', { amount: 'two' })).to.throw(ArgumentValidationError, /number/);
    expect(() => s.call('no_such_tool', {})).to.throw(ArgumentValidationError, /no such tool/);
    expect(() => s.submit({ summary: 1, changed_files: [] }, meta)).to.throw(ArgumentValidationError);
    const example = s.submit({ summary: 'ok', changed_files: [] }, meta);
    expect(example.messages).to.have.length(3);
    expect(example.messages[2].tool_calls![0].id).to.equal('call_0');
  });

  it('nothing can be called after submit, and submit_result only through submit()', () => {
    const s = session();
    expect(() => s.call('submit_result', { summary: 'x', changed_files: [] })).to.throw(/submit\(\)/);
    s.submit({ summary: 'x', changed_files: [] }, meta);
    expect(() => s.call('inspect', { target: 'x' })).to.throw(/already ended/);
    expect(() => s.submit({ summary: 'x', changed_files: [] }, meta)).to.throw(/already ended/);
  });
});
