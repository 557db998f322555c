# count, index and remove of a value of another type than a list's items
# compare with Python's == instead of widening the list (a count on the
# list[str] that split returns did not build; found by the program
# generator, seed 40078).
import json
def f(flag):
    return json.loads('3') if flag else "a"
n = "xyz".split("-").count([][-1] if [] else "Go")
words = "a b c a".split()
print(n, words.count(f(False)), words.count(f(True)), words.index(f(False)), words.count(5))
floats = [1.0, 2.5, 1.0]
print(floats.count(1), floats.index(2.5), floats.count(True))
words.remove(f(False))
print(words)
try:
    words.remove(f(True))
except ValueError as e:
    print("ValueError", e)
try:
    words.index(f(True))
except ValueError as e:
    print("ValueError", e)
nums = [1, 2, 3]
print(nums.count(2.0), nums.index(3.0), nums.count("2"))
nums.remove(2.0)
print(nums)
