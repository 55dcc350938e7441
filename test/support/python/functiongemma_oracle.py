"""Oracle for test/export: checks trajgen's export files against the FunctionGemma reference
renderer (../shared/functiongemma/reference_render.py), in one python3 process for a batch.

stdin:  {"reference": "<path of reference_render.py>",
         "jobs": [{"source": "<trajgen jsonl>", "export": "<exported jsonl>",
                   "mode": "pairs" | "sequence" | "trl" | "trl-prompt-completion",
                   "context": "after" | "before" | "drop", "tool_response": "structured" | "text"}]}
stdout: {"jobs": [{"examples": n, "dropped": n, "records": n, "problems": ["..."]}]}

A request may also carry "renders": [{"messages": [...], "tools": [...], "add_generation_prompt": bool}]
(answered as "renders": [text or {"error": message}]) and "completions": ["..."] (answered as
"completions": [[content, [{"name", "arguments"}], tail]] by the reference parser).

It does not reuse trajgen's conversion: the source conversation is turned into template
messages here, with json.loads (so 1.0 stays a float), by the rules the README states, and the
expected records are rendered by the reference renderer. Completions are also read back with
the reference parser and compared with the source call.
"""
import importlib.util
import json
import sys

CONTEXT = "[Context] "
TOKENS = ["<pad>", "<eos>", "<bos>", "<unk>", "<start_function_declaration>", "<end_function_declaration>",
          "<start_function_call>", "<end_function_call>", "<start_function_response>", "<end_function_response>",
          "<escape>", "<start_of_turn>", "<end_of_turn>"]


def load_reference(path):
    spec = importlib.util.spec_from_file_location("reference_render", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def convert(example, context, tool_response):
    out, pending, names = [], [], {}
    for m in example["messages"]:
        role, content = m["role"], m["content"]
        if role == "user" and content.startswith(CONTEXT) and out and out[-1]["role"] != "system":
            if context != "drop":
                text = content[len(CONTEXT):]
                body = text if tool_response == "text" else [{"name": "context", "response": text}]
                pending.append({"role": "tool", "name": "context", "content": body})
        elif role in ("system", "user"):
            out.append({"role": role, "content": content})
        elif role == "assistant":
            calls = []
            for c in m["tool_calls"]:
                names[c["id"]] = c["function"]["name"]
                calls.append({"id": c["id"], "type": "function",
                              "function": {"name": c["function"]["name"], "arguments": json.loads(c["function"]["arguments"])}})
            out.append({"role": "assistant", "tool_calls": calls})
        else:
            name = names[m["tool_call_id"]]
            body = content if tool_response == "text" else [{"name": name, "response": json.loads(content)}]
            result = {"role": "tool", "tool_call_id": m["tool_call_id"], "name": name, "content": body}
            out.extend(pending + [result] if context == "before" else [result] + pending)
            pending = []
    return out


def strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield k
            yield from strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from strings(v)


def has_control_token(messages, tools):
    return any(t in s for s in strings([messages, tools]) for t in TOKENS)


def typed(value):
    """A JSON text that keeps int and float apart and ignores key order."""
    return json.dumps(value, sort_keys=True)


def targets_of(example):
    meta = example["meta"]
    if "targets" in meta:
        return meta["targets"]
    return [i for i, m in enumerate(example["messages"]) if m["role"] == "assistant"]


def run_job(ref, job):
    sources = []
    with open(job["source"], encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if line.strip():
                sources.append((number, json.loads(line)))
    with open(job["export"], encoding="utf-8") as f:
        records = [json.loads(line) for line in f if line.strip()]
    problems, dropped, at = [], 0, 0
    mode = job["mode"]

    def problem(text):
        if len(problems) < 10:
            problems.append(text)

    for number, example in sources:
        messages = convert(example, job["context"], job["tool_response"])
        tools = example["tools"]
        if has_control_token(messages, tools):
            dropped += 1
            continue
        # Source message index of each assistant turn -> index in the template messages.
        index, k = {}, 0
        for i, m in enumerate(example["messages"]):
            if m["role"] == "assistant":
                index[i] = next(j for j in range(k, len(messages)) if messages[j]["role"] == "assistant")
                k = index[i] + 1
        expected_pairs = []
        for t in targets_of(example):
            j = index[t]
            prompt = ref.render(messages[:j], tools, add_generation_prompt=True)
            whole = ref.render(messages[:j + 1], tools)
            if not whole.startswith(prompt):
                problem(f"line {number} turn {t}: the reference prompt is not a prefix")
            completion = whole[len(prompt):]
            content, calls, tail = ref.parse_model_output(completion)
            call = example["messages"][t]["tool_calls"][0]["function"]
            if content or tail != "<start_function_response>" or [(c["name"], typed(c["arguments"])) for c in calls] != [(call["name"], typed(json.loads(call["arguments"])))]:
                problem(f"line {number} turn {t}: the completion does not read back as the source call")
            expected_pairs.append((t, prompt, completion))
        if mode == "pairs":
            for t, prompt, completion in expected_pairs:
                record = records[at] if at < len(records) else None
                at += 1
                if record is None or record["meta"]["line"] != number or record["meta"]["turn"] != t:
                    problem(f"line {number} turn {t}: no such record in order")
                elif record["prompt"] != prompt:
                    problem(f"line {number} turn {t}: prompt differs from the reference")
                elif record["completion"] != completion:
                    problem(f"line {number} turn {t}: completion differs from the reference")
        elif mode == "sequence":
            record = records[at] if at < len(records) else None
            at += 1
            text = ref.render(messages, tools)
            if record is None or record["meta"]["line"] != number:
                problem(f"line {number}: no such record in order")
            elif record["text"] != text:
                problem(f"line {number}: text differs from the reference")
            elif [record["text"][s:e] for s, e in record["spans"]] != [c for _, _, c in expected_pairs]:
                problem(f"line {number}: the spans are not the target turns")
        elif mode == "trl":
            record = records[at] if at < len(records) else None
            at += 1
            if record is None:
                problem(f"line {number}: no row")
            elif not isinstance(record["tools"], str) or json.loads(record["tools"]) != tools:
                problem(f"line {number}: tools is not the JSON string of the source tools")
            elif typed(record["messages"]) != typed(messages):
                problem(f"line {number}: messages differ from the template messages")
            elif ref.render(record["messages"], json.loads(record["tools"])) != ref.render(messages, tools):
                problem(f"line {number}: the row renders differently")
        elif mode == "trl-prompt-completion":
            for t, prompt, completion in expected_pairs:
                record = records[at] if at < len(records) else None
                at += 1
                if record is None:
                    problem(f"line {number} turn {t}: no row")
                    continue
                row_tools = json.loads(record["tools"])
                p = ref.render(record["prompt"], row_tools, add_generation_prompt=True)
                w = ref.render(record["prompt"] + record["completion"], row_tools)
                if p != prompt or w[len(p):] != completion:
                    problem(f"line {number} turn {t}: the row renders differently from the pair")
    if at != len(records):
        problem(f"{len(records)} records written, {at} expected")
    return {"examples": len(sources), "dropped": dropped, "records": len(records), "problems": problems}


def main():
    request = json.load(sys.stdin)
    ref = load_reference(request["reference"])
    answer = {"jobs": [run_job(ref, job) for job in request.get("jobs", [])]}
    if "renders" in request:
        answer["renders"] = [render_or_error(ref, r) for r in request["renders"]]
    if "completions" in request:
        answer["completions"] = [list(ref.parse_model_output(c)) for c in request["completions"]]
    json.dump(answer, sys.stdout)


def render_or_error(ref, r):
    try:
        return ref.render(r["messages"], r.get("tools"), add_generation_prompt=r.get("add_generation_prompt", False))
    except ValueError as e:
        return {"error": str(e)}


if __name__ == "__main__":
    main()
