# Containers whose Go types differ (a list[int] and a list[any], a dict of
# ints and a dict of anys) meet in +, ==, !=, <, in, extend, +=, sum and
# print, and must behave as CPython's one list and dict types do.
import asyncio

mixed = [1, "x", 2.5, True, None]
one = mixed[0]
x = mixed[1]
half = mixed[2]
yes = mixed[3]

# + : typed on one side, dynamic on the other, both typed.
ints = [1, 2]
anys = [one, 2]
strs = ["a", "b"]
print(ints + anys, anys + ints)
print(strs + mixed, mixed + strs)
print(strs + ["c"], ints + [3.5], [] + strs, strs + [])
print([[1], ["a"]] + [[one]])
both = ints + strs
both.append(None)
print(both, len(both))
nested = [[1, 2], ["a", "b"]] + [anys]
print(nested)
print(mixed[1:3] + ints[:1])

# == and != across element types, nested, and with numbers of other types.
print(ints == anys, anys == ints, ints != anys)
print(ints == [1.0, 2], [1.0, 2.0] == ints, [yes, 2] == ints)
print(strs == ["a", x], strs == [x, "b"], ["x"] == [x])
print([[1, 2], ["a"]] == [anys, ["a"]], [[1], [2]] != [[one], [2.5]])
print((1, "x") == (one, x), (1, "x") != (one, "y"), (1, 2) == (1.0, 2))
print({1: "a"} == {one: "a"}, {one: "a"} == {1: "a"})
print({1: "a", 2: "b"} == {2: "b", one: "a"}, {1: "a"} != {one: "b"})
print({1.0: "a"} == {1: "a"}, {yes: 1} == {1: 1}, {"k": [1]} == {"k": [one]})
print({"k": 1} == {"k": 1.0}, {"k": 1} == {x: 1}, {x: [1, "a"]} == {"x": [one, "a"]})

# Ordering of lists and tuples of different element types.
print(ints < anys, ints <= anys, [1, 3] > anys, anys >= [1, 2, 0])
print(strs < [x], [x] > strs, [[1]] < [[one, 0]], (1, 2) < (one, 2.5))

# in: an item of another type than the elements or keys.
print(one in ints, half in ints, x in ints, yes in ints, 1.0 in ints)
print(x in strs, one in strs, "a" in mixed, None in mixed, 2 in mixed)
print([1, 2] in [[1, 2], ["a"]], anys in [[1, 2]], [one, 2] in [[1.0, 2]], ints in [anys])
d = {1: "one", 2: "two"}
print(one in d, yes in d, half in d, x in d, 1.0 in d, 2.0 not in d)
dm = {one: "a", "k": 2}
print(1 in dm, True in dm, 1.0 in dm, "k" in dm, "z" in dm)
df = {1.5: "f", 2.0: "g"}
print(2 in df, half in df, one in df)
pairs = {(1, "x"): 1}
print((one, x) in pairs, (1.0, "x") in pairs, (2, "x") in pairs)

# Keys held as any: 1, 1.0 and True are one key; the first spelling stays.
k = {}
k[one] = "int"
k[1.0] = "float"
k[yes] = "bool"
k[x] = "str"
print(k, len(k), k[1], k[True])
k2 = {yes: "a", one: "b", half: "c", 2.5: "d"}
print(k2, len(k2))

# extend and += keep the list and add items of other types.
acc = [1]
alias = acc
acc.extend(["s"])
acc += [2.5]
acc += "ab"
acc.extend((3, "t"))
acc.extend({"key": 1})
print(acc, alias)
words = ["a"]
words.extend(["b", "c"])
words += ["d"]
print(words)
dyn = mixed[1:2]
dyn += ints
dyn.extend(strs)
print(dyn)
held = mixed[4]
held = [0]
held += ["z"]
print(held)
box = {"l": [1]}
box["l"] += ["q"]
print(box)

# * and *= repeat; *= keeps the list, also one held as any.
row = [0] * 3
same = row
row *= 2
print(row, same, 2 * ["ab"], [one] * 2)
grid = [[0] * 2 for _ in range(2)]
grid[0] += ["x"]
print(grid)
maybe = mixed[4]
maybe = [1, "m"]
again = maybe
maybe *= 2
print(maybe, again)

# update with a dict of other key and value types.
cfg = {"a": 1}
cfg.update({"b": "two"})
cfg.update({x: 3.5})
print(cfg)

# A list is no key, whatever the dict's Go type.
bad = {}
try:
    bad[[1]] = 2
except TypeError as e:
    print("TypeError:", e, bad)
try:
    print([1] in k)
except TypeError as e:
    print("TypeError:", e)

# Dict methods with keys of other types; list methods by equality.
look = {1: "a", 2: "b"}
print(look.get(one, "none"), look.get(1.0, "none"), look.get(x, "none"))
anyk = {one: "a"}
print(anyk.get(1.0, "z"), anyk.setdefault(True, "t"), anyk, anyk.pop(1.0), anyk)
print(mixed.index(yes), mixed.count(1), [1, 1.0, True].count(1), [1, 2].index(2.0))

# sum of items of mixed types.
print(sum(ints), sum(anys), sum([1, 2.5]), sum([yes, yes, 1]), sum([]))
print(sum(mixed[:1] + [half]))
try:
    print(sum(strs))
except TypeError as e:
    print("TypeError:", e)

# Printing containers of containers of other types.
print([[1, 2], ["a", "b"], anys, {1: "one"}, dm, (1, "x"), None])
print({"i": [1, 2], "m": mixed[:2]}, (ints, mixed[1:2]))
print(f"{ints + anys} {[x] + strs!r} {len(ints + strs)}")


async def log_steps():
    log = [1, "a"]
    for i in range(2):
        try:
            await asyncio.sleep(0)
            log.append(i)
        finally:
            log.append("f")
    return log + ["ret"]


class Rows:
    def __init__(self, rows):
        self.rows = rows


def show(xs):
    print(xs)


async def main():
    # Fresh lists of strs and ints made by list() and set(), held where
    # lists and sets of other items go too.
    print(Rows(list("ab")).rows, Rows(list(range(2))).rows, Rows([None]).rows)
    show(set("a"))
    show({1, "b"} - {"b"})
    got = await log_steps()
    print(got, got == [1, "a", 0, "f", 1, "f", "ret"], "ret" in got)


asyncio.run(main())
