; class Role(Enum):
;     ADMIN = "admin"
((class_definition
   name: (identifier) @enum.name
   superclasses: (argument_list [(identifier) (attribute)] @enum.base)
   body: (block) @enum.body)
 (#match? @enum.base "^(enum\\.)?(Enum|IntEnum|StrEnum)$"))

; @dataclass(frozen=True)
; class Address:
;     street: str
((decorated_definition
   (decorator) @dataclass.decorator
   definition: (class_definition
     name: (identifier) @dataclass.name
     body: (block) @dataclass.body))
 (#match? @dataclass.decorator "^@(dataclasses\\.)?dataclass($|\\()"))
