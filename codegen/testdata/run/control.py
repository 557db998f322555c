def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n % 2 == 0:
        label = "even"
    else:
        label = "odd"
    return label


def find(items, target):
    for idx in range(len(items)):
        if items[idx] == target:
            return idx
    return -1


for v in [-3, 0, 4, 7]:
    print(v, classify(v))

names = ["ann", "bob", "cy"]
print(find(names, "bob"), find(names, "zed"))
names.append("dee")
print(names, len(names), names[-1], names[0])
counts = {}
for name in names:
    counts[name] = len(name)
print(counts)
for key in counts:
    print(key, counts[key])
for ch in "héllo":
    print(ch, end="")
print()
print("a", "b", "c", sep="-", end="!\n")
word = None
for w in names:
    if len(w) == 3:
        word = w
print(word)
squares = []
for i in range(1, 6, 2):
    squares.append(i * i)
print(squares, sum(squares))
for i in range(5, 0, -2):
    print(i, end=" ")
print()
