; def total(items):
;     subtotal = sum(items)
;
;     return subtotal
(function_definition body: (block) @body)
