# d[k()] = v() evaluates v() first, then k().
# CPython: prints "eval value", "eval key", "{'a': 1, 'b': 2}"; exit 0.
# aiogo:   prints "eval key" before "eval value" (the same for a list
#          item, xs[i()] = v()).
# Fixed on main by 91066df.
def key():
    print("eval key")
    return "b"


def value():
    print("eval value")
    return 2


d = {"a": 1}
d[key()] = value()
print(d)
