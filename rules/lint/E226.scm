; total = price + tax
(binary_operator ["+" "-" "*" "/" "//"] @op)
