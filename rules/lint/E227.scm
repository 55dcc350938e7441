; flags = a | b
(binary_operator ["&" "|" "^" "<<" ">>"] @op)
; mask &= 0xFF
(augmented_assignment ["&=" "|=" "^=" "<<=" ">>="] @op)
