# Methods of lists, dicts and strs, compared with CPython.
nums = [5, 3, 8, 1, 9, 2]
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
nums.reverse()
nums.insert(0, 42)
nums.insert(-1, 7)
nums.insert(100, 0)
print(nums, nums.index(8), nums.count(7))
nums.remove(7)
more = nums.copy()
more.extend([10, 11])
print(nums, more)
try:
    nums.remove(99)
except ValueError as e:
    print("ValueError:", e)
more.clear()
print(more, len(more))
words = ["pear", "apple", "fig"]
words.sort()
print(words)

counts = {"a": 1}
print(counts.setdefault("a", 5), counts.setdefault("b", 2), counts)
other = counts.copy()
other.update({"c": 3, "a": 10})
print(counts, other)
other.clear()
print(other)

s = "  hello asyncio world  "
print(s.split(), s.strip().replace("o", "0"), s.count("o"), s.find("asyncio"), s.find("nope"), s.rfind("o"))
t = "Task-7"
print(t.startswith("Task"), t.endswith("7"), t.zfill(9), t.center(12), t.ljust(9) + "|", t.rjust(9))
print("42".isdigit(), "abc".isalpha(), "a1".isalnum(), "  ".isspace(), "ABC".isupper(), "abc".islower())
print("hello world".title(), "hello".capitalize(), "HeLLo".swapcase(), "a\nb\n".splitlines(), t.index("-"))
print(t.center(13, "="), t.ljust(9, ".") + "|", t.rjust(8, "é"), "|" + t.center(1, "*") + "|")
for fill in ["xy", ""]:
    try:
        print(t.rjust(9, fill))
    except TypeError as e:
        print("TypeError:", e)
