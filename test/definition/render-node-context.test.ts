import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { loadDefinition } from '../../src/definition/load-definition.js';
import { renderNodeContext } from '../../src/definition/render-node-context.js';
import { nodeId } from '../../src/parse/node-id.js';
import type { PyNode } from '../../src/parse/py-node.js';
import { projectPath } from '../../src/paths.js';

function node(name: string, text: string, nodeType: PyNode['node_type'] = 'function_def'): PyNode {
  const filePath = 'fixtures/probe/café.py';
  return { node_type: nodeType, name, text, file_path: filePath, start_line: 1, end_line: text.split('\n').length, node_id: nodeId(filePath, nodeType, name) };
}

const NODES: PyNode[] = [
  node('plain', 'def plain(x):\n    return x + 1\n'),
  node('no_newline', 'def no_newline():\n    pass'),
  node('braces', 'def braces():\n    return f"{{x}} {{ node_name }} {%s}" % ("{% if %}",)  # {# not a comment #}\n'),
  node('backslashes', 'def backslashes():\n    return "a\\\\b\\n\\t" + r"\\d+"\n'),
  node('Klass.naïve', 'class Klass:\n    def naïve(self):\n        return "€ 中文 😀"\n\n\n'),
  node('café.py', 'import os\n\n\n# trailing blank lines\n\n', 'file'),
];

const EXTRA_TEMPLATES = [
  'Fix {{ node_name }}.\n',
  'Two newlines at the end.\n\n',
  'No newline {{ node_type }}',
  '{% if node_type == "file" %}\nWhole file {{ file_path }}\n{% else %}\nOne {{ node_type }}\n{% endif %}\n',
  '```python\n{{ node_text }}\n```\n',
];

const shippedTemplates = readdirSync(projectPath('rules'))
  .map((d) => projectPath('rules', d, 'subagent.yaml'))
  .filter((p) => existsSync(p))
  .map((p) => loadDefinition(p).definition.initial_context.node_context);

function vars(n: PyNode): Record<string, string> {
  return { node_text: n.text, node_name: n.name, node_type: n.node_type, file_path: n.file_path };
}

describe('definition/render-node-context: equals real Jinja2', () => {
  const templates = [...shippedTemplates, ...EXTRA_TEMPLATES];
  const jobs = templates.flatMap((template) => NODES.map((n) => ({ template, n })));
  let jinja: string[] | null = null;
  let skipReason = '';

  before(() => {
    const run = spawnSync('python3', [projectPath('test/support/python/jinja_render.py')], {
      input: JSON.stringify(jobs.map(({ template, n }) => ({ template, vars: vars(n) }))),
      encoding: 'utf8',
    });
    if (run.status === 3) skipReason = 'jinja2 is not importable by python3 (the jinja2-independent checks below still run)';
    else if (run.status !== 0) throw new Error(`jinja_render.py failed: ${run.stderr}`);
    else jinja = JSON.parse(run.stdout) as string[];
  });

  it(`renders ${shippedTemplates.length} shipped node_context(s) and ${EXTRA_TEMPLATES.length} probes on ${NODES.length} nodes like Jinja2`, function () {
    if (!jinja) {
      this.skip();
      return;
    }
    expect(shippedTemplates.length).to.be.at.least(1);
    const mismatches = jobs
      .map(({ template, n }, i) => ({ template, node: n.name, ours: renderNodeContext(template, n), theirs: jinja![i] }))
      .filter((m) => m.ours !== m.theirs);
    expect(mismatches, JSON.stringify(mismatches.slice(0, 3), null, 1)).to.deep.equal([]);
  });

  after(function () {
    if (skipReason) console.log(`      (skipped Jinja2 comparison: ${skipReason})`);
  });
});

describe('definition/render-node-context: rules that hold without Jinja2', () => {
  const n = NODES[0];

  it('drops exactly one trailing newline of the template', () => {
    expect(renderNodeContext('Fix {{ node_name }}.\n', n)).to.equal('Fix plain.');
    expect(renderNodeContext('Fix.\n\n', n)).to.equal('Fix.\n');
    expect(renderNodeContext('Fix {{ node_name }}', n)).to.equal('Fix plain');
  });

  it('keeps the node text trailing newline (only the template loses one)', () => {
    expect(renderNodeContext('{{ node_text }}\n', n)).to.equal('def plain(x):\n    return x + 1\n');
    expect(renderNodeContext('{{ node_text }}', NODES[1])).to.equal('def no_newline():\n    pass');
  });

  it('node text with template syntax comes out verbatim, not rendered again', () => {
    const braces = NODES[2];
    expect(renderNodeContext('<{{ node_text }}>', braces)).to.equal(`<${braces.text}>`);
    expect(renderNodeContext('{{ node_name }}: {{ node_text }}', NODES[3])).to.equal(`backslashes: ${NODES[3].text}`);
  });

  it('does not HTML-escape and keeps non-ASCII', () => {
    const cls = node('a<b>&"c"', 'x = "<&>" # é');
    expect(renderNodeContext('{{ node_name }} {{ node_text }} {{ file_path }}', cls)).to.equal('a<b>&"c" x = "<&>" # é fixtures/probe/café.py');
  });

  it('the lint node_context shows the whole node in a python fence', () => {
    const lint = loadDefinition(projectPath('rules/lint/subagent.yaml')).definition.initial_context.node_context;
    const out = renderNodeContext(lint, NODES[5]);
    expect(out).to.contain('```python\nimport os\n').and.to.contain('fixtures/probe/café.py');
    expect(out.endsWith('```')).to.equal(true);
  });
});
