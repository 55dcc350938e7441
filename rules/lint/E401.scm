; import os, sys
(import_statement) @import
