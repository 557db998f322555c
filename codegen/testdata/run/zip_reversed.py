# zip and reversed as for loops iterate them, compared with CPython.
names = ["a", "b", "c"]
delays = [0.3, 0.1]
for name, delay in zip(names, delays):
    print(name, delay)
for name in reversed(names):
    print(name)
print([n.upper() for n in reversed(names)])
total = 0
for x, y in zip([1, 2, 3], [10, 20, 30]):
    total += x * y
print(total)
stock = {"apple": 3, "pear": 0}
print(stock.get("apple", 0), stock.get("kiwi", -1), stock.pop("pear"), stock)
try:
    stock.pop("kiwi")
except KeyError as e:
    print("KeyError:", e)
