import type { TestRuleCases } from '../../src/domains/pytest-gen/rule.js';

const text = {
  name: 'words',
  source: 'def shout(text: str, mark: str = "!") -> str:\n    if not text:\n        raise ValueError("nothing to shout")\n    return text.upper() + mark\n\n\ndef is_short(text):\n    return len(text) < 4\n',
};

export const cases: TestRuleCases = {
  cases: [
    {
      name: 'calls that differ only in values share one table; the odd one is left',
      module: text,
      function: 'shout',
      curated: [
        { id: 'word', call: 'shout("hi")', returns: "'HI!'" },
        { id: 'two_words', call: 'shout("hi there")', returns: "'HI THERE!'" },
        { id: 'question', call: 'shout("why", mark="?")', returns: "'WHY?'" },
        { id: 'empty', call: 'shout("")', raises: 'ValueError', message: 'nothing to shout' },
      ],
      output: [
        'import pytest',
        '',
        'from words import shout',
        '',
        '',
        '@pytest.mark.parametrize(',
        '    ("text", "expected"),',
        '    [',
        '        ("hi", "HI!"),',
        '        ("hi there", "HI THERE!"),',
        '    ],',
        '    ids=["word", "two_words"],',
        ')',
        'def test_shout(text, expected):',
        '    assert shout(text) == expected',
      ].join('\n') + '\n',
      leaves: ['question', 'empty'],
    },
    {
      name: 'booleans are compared with == in a table',
      module: text,
      function: 'is_short',
      curated: [
        { id: 'short', call: 'is_short("abc")', returns: 'True' },
        { id: 'long', call: 'is_short("abcd")', returns: 'False' },
      ],
      output: [
        'import pytest',
        '',
        'from words import is_short',
        '',
        '',
        '@pytest.mark.parametrize(',
        '    ("text", "expected"),',
        '    [',
        '        ("abc", True),',
        '        ("abcd", False),',
        '    ],',
        '    ids=["short", "long"],',
        ')',
        'def test_is_short(text, expected):',
        '    assert is_short(text) == expected',
      ].join('\n') + '\n',
    },
    {
      name: 'a single case makes no table',
      module: text,
      function: 'shout',
      curated: [{ id: 'word', call: 'shout("hi")', returns: "'HI!'" }],
      output: null,
    },
  ],
};
