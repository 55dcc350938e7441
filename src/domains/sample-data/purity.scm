; open("report.csv")   print(total)   input()
(call function: (identifier) @call.name)

; os.remove(path)   requests.get(url)   self.client.list_events()
(call function: (attribute object: (_) @call.object))

; await client.fetch()
(await) @effect

; nonlocal total   global counter
[(global_statement) (nonlocal_statement)] @effect
