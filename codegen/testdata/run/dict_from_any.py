# dict() of a value of type any (a mapping, or an iterable of pairs, with
# CPython's errors), and a recursive merge of dicts of dicts, whose type
# holds itself (inference recursed until the compiler's stack overflowed).
import json
from typing import Any, Dict


def merge(base: Dict[str, Any], override: Dict[str, Any]) -> Dict[str, Any]:
    result = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(result.get(key), dict):
            result[key] = merge(result[key], value)
        else:
            result[key] = value
    return result


def merge_dicts(base: Dict[str, Any], override: Dict[str, Any]) -> Dict[str, Any]:
    result = dict(base)
    for key, value in override.items():
        if isinstance(value, dict):
            result[key] = merge_dicts(result[key], value)
    return result


print(merge_dicts({"a": {"b": 1}}, {"a": {"c": 2}}))
defaults = json.loads('{"db": {"host": "localhost", "port": 5432}, "debug": false}')
print(merge(defaults, {"db": {"port": 6543}, "debug": True, "name": "svc"}))
pairs = json.loads('[["a", 1], ["b", [2, 3]]]')
print(dict(pairs), dict([("x", 1), ["y", 2], "zw"]))
for bad in ([["a", 1, 2]], [3], 5):
    try:
        print(dict(json.loads(json.dumps(bad))))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
