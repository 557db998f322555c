# Found by the program generator (seeds 105466, 105551, 105679, 105748):
# del of a key a Counter lacks does nothing (Counter.__delitem__); in
# `x in f()` Python evaluates x first, so an x that raises keeps f from
# being called, and a global x is read before f changes it; a Counter
# whose values widen to any (sum([]) stored in it) still builds.
from collections import Counter

count = 0


def bump():
    global count
    count += 1
    return [1, 2]


def items():
    print("items called")
    return [1, 2, 3]


c = Counter("x-y")
del c["c"]
del c["x"]
print(c)
try:
    del {"a": 1}["c"]
except KeyError as e:
    print("KeyError", e)
try:
    print([][0] in items())
except IndexError as e:
    print("IndexError", e)
print(count in bump(), count)
d = {"a": 1}
try:
    print(d["zz"] in items())
except KeyError as e:
    print("KeyError", e)
print(len("ab") in items())
wide = Counter(["xyz", "ab"])
wide["c"] = sum([])
print(wide, wide["missing"])
