; def main():
;     ...
;
;
; main()
(module [(function_definition) (class_definition) (decorated_definition)] . (_) @stmt)
