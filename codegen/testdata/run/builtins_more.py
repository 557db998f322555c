# round, sorted, any and all, compared with CPython.
scores = [3.5, 2.5, -0.5, 1.25, 10.0]
print([round(s) for s in scores], round(2.675, 2), round(1234, -2), round(1250, -2), round(7))
delays = [0.3, 0.1, 0.2]
print(sorted(delays), sorted(delays, reverse=True), delays)
names = ["worker-2", "worker-10", "worker-1"]
print(sorted(names), any([0, 0, 1]), all([1, 2, 0]), any([]), all([]))
flags = [n.endswith("1") for n in names]
print(any(flags), all(flags))
