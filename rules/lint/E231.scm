; print(a, b)
(argument_list "," @punct)
; def f(a, b): ...
(parameters "," @punct)
; xs = [1, 2]
(list "," @punct)
; point = (1, 2)
(tuple "," @punct)
; d = {"a": 1, "b": 2}
(dictionary "," @punct)
; d = {"a": 1}
(pair ":" @punct)
