import type { ShapeVocabulary } from '../../shapes/vocabulary.js';

/** What the model knows after read_existing_tests: how much of the function the file already tests. */
export interface TestSituation {
  /** tests/test_<module>.py exists. */
  hasFile: boolean;
  /** Cases of this function the file tests, of `total`. */
  tested: number;
  total: number;
  /** One of the new tests can be written with a plausible wrong expectation. */
  canGoWrong: boolean;
}

export const vocabulary: ShapeVocabulary<TestSituation> = {
  domain: 'test',
  steps: {
    analyze: { description: 'analyze_signature', mistake: false, tools: ['analyze_signature'] },
    read: { description: 'read_existing_tests', mistake: false, tools: ['read_existing_tests'] },
    write: { description: 'write_test_file: the existing tests kept, new tests for every case they miss', mistake: false, tools: ['write_test_file'] },
    run: { description: 'run_tests on the test file', mistake: false, tools: ['run_tests'] },
    rewrite: { description: 'write_test_file again with the failing test corrected from its message', mistake: false, tools: ['write_test_file'] },
    'write-wrong': { description: 'write_test_file where one new expectation is wrong (off by one, the wrong exception, a value where the call raises)', mistake: true, tools: ['write_test_file'] },
  },
  predicates: {
    untested: { description: 'the test file has no test of this function (or there is no file)', holds: (s) => s.tested === 0 },
    'partly-tested': { description: 'the test file tests some of the function\'s cases', holds: (s) => s.tested > 0 && s.tested < s.total },
    'fully-tested': { description: 'the test file already tests every case of the function', holds: (s) => s.tested === s.total },
    'has-test-file': { description: 'tests/test_<module>.py exists', holds: (s) => s.hasFile },
    'no-test-file': { description: 'there is no tests/test_<module>.py yet', holds: (s) => !s.hasFile },
    'can-go-wrong': { description: 'a new test can be written with a plausible wrong expectation', holds: (s) => s.canGoWrong && s.tested < s.total },
  },
  placeholders: ['function', 'path', 'new_tests', 'passing', 'coverage', 'kept', 'fixed'],
};
