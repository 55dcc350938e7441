"""Oracle for test/pyjson: rebuilds tagged values and answers with real Python output.

stdin:  {"dumps": [<tagged value>, ...], "repr": ["<16 hex digits of an IEEE double>", ...]}
stdout: {"dumps": [json.dumps(value), ...], "repr": [repr(float), ...]}

The transport never relies on the code under test: strings travel as lists of UTF-16 code
units (so lone surrogates survive), floats as the hex of their 8 bytes, ints as decimal text.
Tagged values:
  {"t": "null"} | {"t": "bool", "v": true} | {"t": "int", "v": "-12"} | {"t": "float", "h": "3ff0000000000000"}
  {"t": "str", "u": [104, 105]} | {"t": "list", "v": [...]} | {"t": "dict", "v": [[<str units>, <tagged>], ...]}
"""
import json
import struct
import sys


def text(units):
    return b"".join(struct.pack("<H", u) for u in units).decode("utf-16-le", "surrogatepass")


def double(hex_bits):
    return struct.unpack(">d", bytes.fromhex(hex_bits))[0]


def build(node):
    tag = node["t"]
    if tag == "null":
        return None
    if tag == "bool":
        return bool(node["v"])
    if tag == "int":
        return int(node["v"])
    if tag == "float":
        return double(node["h"])
    if tag == "str":
        return text(node["u"])
    if tag == "list":
        return [build(item) for item in node["v"]]
    if tag == "dict":
        out = {}
        for key_units, value in node["v"]:
            out[text(key_units)] = build(value)
        return out
    raise ValueError(f"unknown tag {tag!r}")


def main():
    request = json.load(sys.stdin)
    answer = {
        "dumps": [json.dumps(build(v)) for v in request.get("dumps", [])],
        "repr": [repr(double(h)) for h in request.get("repr", [])],
    }
    sys.stdout.write(json.dumps(answer))


if __name__ == "__main__":
    main()
