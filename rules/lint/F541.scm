; greeting = f"hello"
(string) @string
