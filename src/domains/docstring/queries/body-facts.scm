; raise ValueError("empty polygon")
(raise_statement) @raise

; yield row
(yield) @yield

; return total / 2
(return_statement) @return
