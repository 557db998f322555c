# Operators of dicts and Counters (| & - +, and their in-place forms, which
# change the object other names see) and defaultdict merged with dicts.
from collections import Counter, defaultdict
d = {"x": 1, "y": 0}
e = {"y": 2}
print(d | e, e | d)
a = Counter("aab")
b = Counter("abcc")
print(a | b, a & b, a - b, b - a, a + b)
dd = defaultdict(int)
dd["q"] += 1
print(dd | d, a | d)
d |= {"z": 3}
print(d)
print(sorted(a))
alias = d
d |= e
print(alias)
c = Counter("ab")
c2 = c
c |= Counter("bbbz")
print(c2)
k = Counter("aa")
k2 = k
k += Counter("ab")
k -= Counter("b")
print(k2, k)
