; rest = n % 2
(binary_operator "%" @op)
