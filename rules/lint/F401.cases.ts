import type { LintCases } from '../../src/domains/lint/rule.js';

export const cases: LintCases = {
  valid: [
    // Used in a function body defined before the import: bodies are read after the module.
    'def cwd():\n    return os.getcwd()\n\n\nimport os\n',
    // Used only in a string annotation, only in a decorator, or listed in __all__.
    'from typing import List\nimport functools\nimport json\n__all__ = ["json"]\n\n\n@functools.cache\ndef f(x: "List[int]") -> None:\n    pass\n',
    // A redundant alias is an explicit re-export; __future__ imports are never unused.
    'from __future__ import annotations\nimport os as os\n',
    // Rebound before any use: the last binding of the name is not the import.
    'try:\n    import simplejson as json\nexcept ImportError:\n    json = None\n',
    'import os.path\n\nprint(os.getcwd())\n',
  ],
  invalid: [
    {
      code: 'import os\nimport sys\n\nprint(sys.argv)\n',
      errors: [{ line: 1, col: 8, message: '`os` imported but unused' }],
      output: 'import sys\n\nprint(sys.argv)\n',
    },
    {
      // One statement, both names unused: each fix removes the whole statement.
      code: 'import os, re  # tools\nx = 1\n',
      errors: [
        { line: 1, col: 8, message: '`os` imported but unused' },
        { line: 1, col: 12, message: '`re` imported but unused' },
      ],
      output: 'x = 1\n',
    },
    {
      // One of two unused: the statement is rewritten to keep the used name.
      code: 'from typing import (Any, Optional)\n\n\ndef f(x: Optional[int]) -> int:\n    return x or 0\n',
      errors: [{ line: 1, col: 21, message: '`typing.Any` imported but unused' }],
      output: 'from typing import (Optional)\n\n\ndef f(x: Optional[int]) -> int:\n    return x or 0\n',
    },
    {
      code: 'from .models import (\n    User,\n    Group,\n)\n\nprint(User)\n',
      errors: [{ line: 3, col: 5, message: '`.models.Group` imported but unused' }],
      output: 'from .models import (\n    User,\n)\n\nprint(User)\n',
    },
    {
      // Alone in a function body, the import becomes `pass`; a parameter of the same name hides the module import.
      code: 'import os.path as osp\n\n\ndef f(osp):\n    import json\n',
      errors: [
        { line: 1, col: 19, message: '`os.path` imported but unused' },
        { line: 5, col: 12, message: '`json` imported but unused' },
      ],
      output: '\n\ndef f(osp):\n    import json\n',
    },
    {
      // `os.path.join` uses `import os.path`, leaving `import os` unused.
      code: 'import os\nimport os.path\n\nos.path.join("a", "b")\n',
      errors: [{ line: 1, col: 8, message: '`os` imported but unused' }],
      output: 'import os.path\n\nos.path.join("a", "b")\n',
    },
    {
      // An availability check: ruff suggests find_spec and offers no fix.
      code: 'try:\n    import yaml\nexcept ImportError:\n    pass\n',
      errors: [{ line: 2, col: 12, message: '`yaml` imported but unused; consider using `importlib.util.find_spec` to test for availability' }],
    },
    {
      code: 'import json; x = 1\nfrom a import b as c, d  # noqa: F401\n',
      errors: [{ line: 1, col: 8, message: '`json` imported but unused' }],
      output: 'x = 1\nfrom a import b as c, d  # noqa: F401\n',
    },
  ],
  inject: [
    { code: 'import os\n\nprint(os.sep)\n', output: 'import os\nimport re\n\nprint(os.sep)\n' },
    { code: 'import re  # patterns\nfrom typing import Any\n\nx: Any = re\n', output: 'import re  # patterns\nfrom typing import Any\nimport json\n\nx: Any = re\n' },
  ],
};
