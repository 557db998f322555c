# round, sorted, any and all, format and ascii, compared with CPython.
scores = [3.5, 2.5, -0.5, 1.25, 10.0]
print([round(s) for s in scores], round(2.675, 2), round(1234, -2), round(1250, -2), round(7))
delays = [0.3, 0.1, 0.2]
print(sorted(delays), sorted(delays, reverse=True), delays)
names = ["worker-2", "worker-10", "worker-1"]
print(sorted(names), any([0, 0, 1]), all([1, 2, 0]), any([]), all([]))
flags = [n.endswith("1") for n in names]
print(any(flags), all(flags))
price = 1234567.891
print(format(price, ",.2f"), format(42, "08b"), format("hi", "^6"), format(3), format(0.5, "%"), format(True))
spec = ">" + str(10)
print(format("right", spec) + "|", ascii("café ☕ 日本"), ascii(["é", 1]), ascii("plain"), ascii(2.5))
try:
    format(1, "zz")
except ValueError as e:
    print(e)
