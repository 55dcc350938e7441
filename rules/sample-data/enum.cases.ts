import type { SampleRuleCases } from '../../src/domains/sample-data/rule.js';

export const cases: SampleRuleCases = {
  module: [
    'from enum import Enum, IntEnum, auto',
    '',
    'class Role(Enum):',
    '    ADMIN = "admin"',
    '    VIEWER = "viewer"',
    '',
    'class Warehouse(IntEnum):',
    '    NORTH = 1',
    '    SOUTH = 2',
    '',
    'class Stage(Enum):',
    '    DRAFT = auto()',
    '    DONE = auto()',
    '',
  ].join('\n'),
  valid: [
    { type: 'Role', name: 'role', kind: 'normal', expect: { oneOf: ['admin', 'viewer'] } },
    { type: 'Role', name: 'role', kind: 'edge', expect: { equals: 'admin' } },
    { type: 'Warehouse', name: 'source', kind: 'large', expect: { equals: 2 } },
    { type: 'Stage', name: 'stage', expect: { oneOf: [1, 2] } },
  ],
  invalid: ['Enum', 'Unknown', 'str'],
};
