# Unpacking pairs and triples held in values, compared with CPython.
def minmax(xs):
    return min(xs), max(xs)


def stats(xs):
    return (len(xs), sum(xs), sum(xs) / len(xs))


lo, hi = minmax([3, 1, 2])
n, total, mean = stats([1, 2, 3, 4])
pair = ("key", 7)
k, v = pair
print(lo, hi, n, total, mean, k, v)
for i in range(2):
    a, b = minmax([i, i * 10, -i])
    print(a, b)

# The empty tuple: a value, a dict key, a set element, a default.
TRANSITIONS = {1: (2, 3), 2: ()}
EMPTY = ()


def children(x) -> tuple:
    if x:
        return (x,)
    return ()


print((), EMPTY, len(()), () == (), () < (1,), (1,) > (), hash(()), bool(()), not ())
print(TRANSITIONS, 3 in TRANSITIONS[1], 3 in TRANSITIONS[2], list(()), sorted(()), children(0), children(5))
for x in ():
    print(x)
d = {(): "empty", (1,): "one"}
print(d[()], () in d, {(), ()}, [(), (1, 2)], EMPTY + (1,), () * 3, list((1, "a")), sorted((3, 1)))
try:
    print(()[0])
except IndexError as e:
    print("IndexError", e)
