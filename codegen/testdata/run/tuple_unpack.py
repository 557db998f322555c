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
