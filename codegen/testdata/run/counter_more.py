# Counter from a mapping, unary + and - (the positive counts), elements()
# iterated at once, with CPython's TypeError for a float count.
from collections import Counter

c1 = Counter("abracadabra")
c2 = Counter({"a": 2, "z": -1, "r": 0})
print(c1 + c2, c1 - c2, c1 & c2, c1 | c2)
c2.subtract({"a": 5})
print(c2, +c2, -c2, +c1 == c1)
print(sorted(c1.elements()), list(c2.elements()), len(list((-c2).elements())))
for ch in Counter({"x": 2, "y": 1}).elements():
    print(ch, end=" ")
print()
try:
    print(list(Counter({"a": 2.0}).elements()))
except TypeError as e:
    print("TypeError:", e)

# The same methods on a Counter held as a value of type any.
held = [Counter("abracadabra"), 1]
c = held[0]
print(c.most_common(2), c.most_common(), c.total(), sorted(c.elements()), list(c.elements())[:3])
c.subtract("aaz")
print(c, c.most_common(0), c.most_common(-1), list(c.elements()))
try:
    held[1].most_common()
except AttributeError as e:
    print("AttributeError:", e)
