; class Cart:
;     ...
(class_definition
  name: (identifier) @class.name) @class

; def total(items): ...      (plain, async, decorated, nested and methods alike)
(function_definition
  name: (identifier) @function.name) @function
