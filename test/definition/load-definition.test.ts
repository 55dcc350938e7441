import { expect } from 'chai';
import { readdirSync, existsSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { checkProviders, loadDefinition, parseDefinition, providerName } from '../../src/definition/load-definition.js';
import { DefinitionError } from '../../src/errors.js';
import { projectPath } from '../../src/paths.js';

const FILE = 'defs/probe.yaml';

// A small valid definition; each error case edits one spot of it.
const VALID = `name: probe
model: models/probe.gguf
max_turns: 5
initial_context:
  system_prompt: You probe.
  node_context: "Probe {{ node_name }}"
tools:
  - name: look
    pym: tools/look.pym
    description: Look at the code.
    parameters:
      type: object
      properties:
        depth: {type: integer, minimum: 0}
      required: [depth]
      additionalProperties: false
    context_providers: [context/alpha.pym, context/beta.pym]
  - name: submit_result
    pym: tools/submit_result.pym
    description: Finish.
    parameters:
      type: object
      properties:
        summary: {type: string}
      required: [summary]
      additionalProperties: false
`;

function failure(text: string): DefinitionError {
  try {
    parseDefinition(text, FILE);
  } catch (e) {
    expect(e).to.be.instanceOf(DefinitionError);
    const err = e as DefinitionError;
    expect(err.message.startsWith(`${FILE}: `), err.message).to.equal(true);
    return err;
  }
  throw new Error('expected a DefinitionError');
}

function edit(from: string, to: string): string {
  expect(VALID).to.contain(from);
  return VALID.replace(from, to);
}

const shipped = readdirSync(projectPath('rules'))
  .map((d) => projectPath('rules', d, 'subagent.yaml'))
  .filter((p) => existsSync(p));

describe('definition/load-definition: shipped definitions', () => {
  it('there is at least the lint definition', () => {
    expect(shipped).to.include(projectPath('rules/lint/subagent.yaml'));
  });

  for (const file of shipped) {
    const rel = file.slice(projectPath().length + 1);
    it(`${rel} loads with no warnings, one submit_result, tool_schemas in YAML order`, () => {
      const def = loadDefinition(file);
      expect(def.warnings).to.deep.equal([]);
      expect(def.path).to.equal(rel);
      const raw = parseYaml(readFileSync(file, 'utf8')) as { tools: { name: string; description: string; parameters: unknown }[] };
      expect(raw.tools.filter((t) => t.name === 'submit_result')).to.have.length(1);
      expect(def.toolSchemas).to.deep.equal(
        raw.tools.map((t) => ({ type: 'function', function: { name: t.name, description: t.description, parameters: t.parameters, strict: true } })),
      );
      expect(Object.keys(def.toolSchemas[0])).to.deep.equal(['type', 'function']);
      expect(Object.keys(def.toolSchemas[0].function)).to.deep.equal(['name', 'description', 'parameters', 'strict']);
    });
  }

  it('lint: run_linter has the ruff_config provider, the others none', () => {
    const def = loadDefinition(projectPath('rules/lint/subagent.yaml'));
    expect(def.providersOf('run_linter')).to.deep.equal(['ruff_config']);
    expect(def.providersOf('apply_fix')).to.deep.equal([]);
    expect(def.providersOf('no_such_tool')).to.deep.equal([]);
  });
});

describe('definition/load-definition: parseDefinition', () => {
  it('the probe definition loads; providersOf gives the file stems in listed order', () => {
    const def = parseDefinition(VALID, FILE);
    expect(def.warnings).to.deep.equal([]);
    expect(def.providersOf('look')).to.deep.equal(['alpha', 'beta']);
    expect(providerName('a/b/ruff_config.pym')).to.equal('ruff_config');
    expect(def.validatorOf('look')({ depth: 1 })).to.equal(true);
    expect(def.validatorOf('look')({ depth: -1 })).to.equal(false);
    expect(def.validatorOf('look')({ depth: 1, extra: 2 })).to.equal(false);
  });

  it('malformed YAML names the line (a tab used as indentation on line 9)', () => {
    const err = failure(edit('    pym: tools/look.pym', '\tpym: tools/look.pym'));
    expect(err.field).to.equal('line 9');
    expect(err.message).to.contain(`${FILE}: line 9: malformed YAML`);
  });

  it('malformed YAML names the line (a flow list opened on line 15 is found unclosed on line 16)', () => {
    const err = failure(edit('required: [depth]', 'required: [depth'));
    expect(err.field).to.equal('line 16');
  });

  it('no submit_result', () => {
    const err = failure(edit('  - name: submit_result', '  - name: finish'));
    expect(err.field).to.equal('tools');
    expect(err.message).to.contain('exactly one submit_result').and.to.contain('found 0');
  });

  it('two submit_result tools', () => {
    const err = failure(edit('  - name: look', '  - name: submit_result'));
    expect(err.field).to.equal('tools');
    expect(err.message).to.contain('found 2');
  });

  it('parameters that are not type: object', () => {
    const err = failure(edit('      type: object\n      properties:\n        depth', '      type: array\n      properties:\n        depth'));
    expect(err.field).to.equal('tools[0] (look).parameters.type');
    expect(err.message).to.contain('type: object');
  });

  it('duplicate tool names', () => {
    const dup = VALID.replace('tools:\n', 'tools:\n  - name: look\n    pym: tools/look2.pym\n    description: Again.\n    parameters: {type: object, additionalProperties: false}\n');
    const err = failure(dup);
    expect(err.field).to.equal('tools[1] (look).name');
    expect(err.message).to.contain('duplicate tool name "look"');
  });

  it('unknown keys, as a runner definition may carry them, load with a warning that names them', () => {
    const text = edit('    description: Look at the code.\n', '    description: Look at the code.\n    timeout_s: 30\n').replace('max_turns: 5\n', 'max_turns: 5\ntemperature: 0.2\n');
    const def = parseDefinition(text, FILE);
    expect(def.warnings).to.deep.equal([`${FILE}: (top level): temperature is not read by trajgen; ignored`, `${FILE}: tools[0] (look): timeout_s is not read by trajgen; ignored`]);
  });

  it('model_id instead of model, a tool without a description, schema keywords ajv does not know', () => {
    const text = edit('model: models/probe.gguf', 'model_id: google/functiongemma-270m-it')
      .replace('    description: Look at the code.\n', '')
      .replace('depth: {type: integer, minimum: 0}', 'depth: {type: integer, minimum: 0, x-ui-order: 1, title: Depth}');
    const def = parseDefinition(text, FILE);
    expect(def.toolSchemas[0].function.description).to.equal('');
    expect(def.validatorOf('look')({ depth: 2 })).to.equal(true);
    const err = failure(edit('model: models/probe.gguf\n', ''));
    expect(err.message).to.contain('needs `model` or `model_id`');
  });

  it('required names a property that does not exist', () => {
    const err = failure(edit('required: [depth]', 'required: [depth, width]'));
    expect(err.field).to.equal('tools[0] (look).parameters.required');
    expect(err.message).to.contain('"width"');
  });

  it('an invalid JSON Schema in parameters', () => {
    const err = failure(edit('depth: {type: integer, minimum: 0}', 'depth: {type: integr}'));
    expect(err.field).to.equal('tools[0] (look).parameters');
    expect(err.message).to.contain('not a valid JSON Schema');
  });

  it('parameters holding a value JSON cannot write (NaN) name the tool, at load rather than at the first example', () => {
    const err = failure(edit('depth: {type: integer, minimum: 0}', 'depth: {type: integer, minimum: .nan}'));
    expect(err.message).to.include('tools[0] (look).parameters').and.include('cannot be written as JSON');
  });

  it('a missing additionalProperties: false is a warning naming the file and the tool', () => {
    const def = parseDefinition(edit('      required: [depth]\n      additionalProperties: false\n', '      required: [depth]\n'), FILE);
    expect(def.warnings).to.have.length(1);
    expect(def.warnings[0]).to.contain(FILE).and.to.contain('tools[0] (look)').and.to.contain('additionalProperties');
  });

  it('a file that cannot be read', () => {
    expect(() => loadDefinition(projectPath('rules/no-such-domain/subagent.yaml'))).to.throw(DefinitionError, /rules\/no-such-domain\/subagent\.yaml: \(file\): cannot read/);
  });
});

describe('definition/load-definition: checkProviders', () => {
  const def = parseDefinition(VALID, FILE);

  it('passes when the providers are known', () => {
    expect(() => checkProviders(def, ['alpha', 'beta'])).to.not.throw();
  });

  it('an unknown context provider', () => {
    expect(() => checkProviders(def, ['alpha'])).to.throw(DefinitionError, /tools \(look\)\.context_providers: unknown context provider "beta"; this domain knows: alpha/);
  });
});
