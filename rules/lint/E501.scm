; total = 0  # running total of the order
(comment) @comment
; label = "order total"
(string) @string
