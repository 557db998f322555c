# Generator expressions consumed at once by sum, min, max, any, all,
# sorted and str.join, compared with CPython.
nums = [3, 1, 4, 1, 5]
print(sum(x * x for x in nums), min(x - 2 for x in nums), max(abs(x - 3) for x in nums))
print(any(x > 4 for x in nums), all(x > 0 for x in nums), sorted(-x for x in nums if x != 1))
print(", ".join(str(x) for x in nums), "-".join(w.upper() for w in ["a", "b"]))
