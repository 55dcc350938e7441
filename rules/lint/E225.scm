; x = 1
(assignment "=" @op)
; if a == b: ...
(comparison_operator ["==" "!=" "<" ">" "<=" ">="] @op)
; total += 1
(augmented_assignment ["+=" "-=" "*=" "/=" "//=" "%=" "**="] @op)
