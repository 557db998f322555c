# Slicing lists and strings: omitted, negative and out-of-range bounds,
# steps, and the step of zero CPython refuses.
words = ["alpha", "beta", "gamma", "delta", "epsilon"]
n = 2
print(words[1:3], words[:n], words[n:], words[::2], words[::-1], words[-2:], words[:-10], words[10:])
s = "asyncio"
print(s[:5], s[5:], s[::-1], s[1:-1:2], s[-3:], s[n : n + 2])
print(words[1:4][::-1][0])
for w in words[:2]:
    print(w[:3])
try:
    print(words[::0])
except ValueError as e:
    print("ValueError:", e)
