; def total(items):
;     return sum(items)
(function_definition body: (block) @body)
