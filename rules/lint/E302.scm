; def area(r):
(module (function_definition) @def)
; class Shape:
(module (class_definition) @def)
; @dataclass
; class Point: ...
(module (decorated_definition) @def)
