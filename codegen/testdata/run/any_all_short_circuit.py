# any() and all() of a generator expression stop consuming it at the
# first element that decides them: the elements after it are never
# computed (here one would divide by zero), and a condition clause or a
# second for clause is consumed as far as that element only.
def check(tag, x):
    print("check", tag, x)
    return x


xs = [5, 0]
print(any(10 // x > 1 for x in xs))
print(all(10 // x > 5 for x in xs))
print(any(check("any", x) > 2 for x in [1, 3, 5]))
print(all(check("all", x) < 4 for x in [1, 3, 5]))
print(any(check("if", x) for x in [0, 2, 4] if x > 0))
print(all(check("pairs", x * y) < 10 for x in [1, 2, 3] for y in [2, 4]))
print(any(x > 9 for x in []), all(x > 9 for x in []))
print(any(s.startswith("b") for s in ["apple", "banana", "cherry"]))
