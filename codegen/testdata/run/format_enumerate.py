# str.format with automatic, manual and keyword fields, conversions and
# specs, compared with CPython.
def label(n):
    print("label", n)
    return "L" + str(n)


name = "worker"
count = 3
print("{} and {}".format("x", 2), "{0}-{1}-{0}".format("a", "b"), "{:>5}|{:.2f}".format("r", 3.14159))
print("{name} did {count} jobs in {secs:.1f}s".format(name=name, count=count, secs=1.25))
print("{!r} {!s} {{literal}} {:05d}".format(name, 4.5, 42))
print("{} then {}".format(label(1), label(2)))
print("{0:^9}|{0:<4}|".format("mid"))


# enumerate with a start
names = ["a", "b"]
for i, n in enumerate(names, start=1):
    print(i, n)
first = 10
for i, n in enumerate(names, first):
    print(i, n)
for i, n in enumerate(names):
    print(i, n)
