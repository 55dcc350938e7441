; import os
(module (_) @stmt)
; def f():
;     x = 1
(block (_) @stmt)
