# Lists and dicts: literals, indexing, len, appends, iteration, printing.
nums = [3, 1, 4, 1, 5]
nums.append(9)
print(nums, len(nums), nums[0], nums[-1])
nums[1] = 7
print(nums)
ages = {"ann": 31, "bob": 27}
ages["cy"] = 45
print(ages, len(ages), ages["bob"])
for name in ages:
    print(name, ages[name])
words = ["go", "py"]
print(words, [1.5, 2.0], [True, False], [])
word = "héllo"
print(len(word), word[1], word[-1])
