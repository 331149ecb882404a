#!/usr/bin/env python3
"""make_hostile_class.py DIR [--copies K]: a class folder of hostile answer files, each within or
just past softcheck's limits, for measuring the worst time and peak memory of `softcheck mark DIR`.

Every file is under 1 MiB. Kinds: deep nesting (flow and block), alias bombs, huge comments and
scalars, the largest numbers the limits allow, costly formulas in every part and a costly chain
(the work budget), decimals of thousands of digits, the largest matrices, thousands of unknown keys,
control characters, Windows and UTF-16 files, binary garbage. Needs python3 with PyYAML.
"""
import os, sys, yaml

def main():
    out = sys.argv[1]
    copies = int(sys.argv[sys.argv.index("--copies") + 1]) if "--copies" in sys.argv else 6
    os.makedirs(out, exist_ok=True)
    here = os.path.dirname(os.path.abspath(__file__))
    ref = yaml.safe_load(open(os.path.join(here, "..", "Examples", "complete-correct.yaml"), encoding="utf-8"))
    kinds = list(generators(ref))
    n = 0
    for copy in range(copies):
        for name, make in kinds:
            data = make(copy)
            path = os.path.join(out, f"h{n:03d}-{name}.yaml")
            with open(path, "wb") as f:
                f.write(data if isinstance(data, bytes) else data.encode("utf-8"))
            assert os.path.getsize(path) <= 1 << 20, (path, os.path.getsize(path))
            n += 1
    print(f"{n} hostile files in {out}")

def doc(answers, student="hostile"):
    return yaml.safe_dump({"format": "softcheck/1", "student": student, "answers": answers},
                          allow_unicode=True, width=10**9)

def every_part(ref, transform):
    answers = {}
    for ex, parts in ref["answers"].items():
        answers[ex] = {p: transform(v) for p, v in parts.items()}
    return answers

def formula_like(v):
    return isinstance(v, str) and "\n" not in v and not v.startswith("[") and any(c.isalpha() for c in v)

def generators(ref):
    costly = "0*(log(factorial(2000)^13+1))"
    yield "deep-flow", lambda c: "format: softcheck/1\nanswers: " + "[" * (5000 + c) + "]" * (5000 + c) + "\n"
    yield "deep-block", lambda c: "format: softcheck/1\nanswers:\n" + "".join("  " * i + f"k{i}:\n" for i in range(1, 400 + c))
    yield "alias-bomb", lambda c: "a: &a [x,x,x,x,x,x,x,x,x,x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [" + ",".join([f"*{chr(97 + i)}"] * 10) + "]\n" for i in range(8))
    yield "comment", lambda c: "# " + "[" * (1000 - 3) + "\n" + ("#" + "x" * 1000 + "\n") * 1000 + doc(ref["answers"])
    yield "scalar", lambda c: doc({"dyadic-code": {"expected-length": "1" + "0" * (1_000_000 - 200)}})
    yield "big-numbers", lambda c: doc(every_part(ref, lambda v: "10^" + "9" * 9 + "+" + "9" * 10_000 if formula_like(v) else v))
    yield "costly-formulas", lambda c: doc(every_part(ref, lambda v: v + " + " + " + ".join([costly] * (60 + c)) if formula_like(v) else v))
    yield "wide-formulas", lambda c: doc(every_part(ref, lambda v: v + " + " + "+".join(["0*1*2*3"] * (150 + 50 * (c % 3))) if formula_like(v) else v))
    yield "costly-chain", lambda c: doc({"realsoftmax": {"gt-max": "\n".join(
        ["log(exp(a)+exp(b)) > log(exp(max(a,b))) + " + costly] + ["= max(a,b) + " + costly] * (149 + c))}})
    yield "long-decimals", lambda c: doc(every_part(ref, lambda v: "0." + "1234567890" * 999 if formula_like(v) else v))
    yield "big-matrix", lambda c: doc({"ce-hessian": {"hessian-at": "[" + ",".join(
        ["[" + ",".join([f"{k+1}/{k+3}" for k in range(64)]) + "]"] * 64) + "]"}})
    yield "many-keys", lambda c: doc({f"exercise-{i}": {f"part-{j}": "1" for j in range(3)} for i in range(9000)})
    yield "controls", lambda c: 'format: softcheck/1\nstudent: "A\\e[2J\\e]0;title\\a\\e[8m"\nid: "\\e[31m"\nanswers:\n  "dy\\e[2Jadic": {x: 1}\n'
    yield "crlf", lambda c: doc(ref["answers"]).replace("\n", "\r\n")
    yield "utf16", lambda c: doc(ref["answers"]).encode("utf-16")
    yield "binary", lambda c: bytes((i * 7919 + c) % 256 for i in range(200_000))
    yield "nested-calls", lambda c: doc({"realsoftmax": {"softmin": "exp(" * 99 + "a" + ")" * 99}})
    yield "wide-chain", lambda c: doc({"kl-nonnegative": {"proof": "\n".join(
        ["sum(p*log(p/q)) >= 0"] + [">= " + " + ".join(["sum(p*log(p/q))"] * 40)] * 300)}})

if __name__ == "__main__":
    main()
