; import os, sys
(import_statement) @import

; from typing import Any, Optional
(import_from_statement) @import
