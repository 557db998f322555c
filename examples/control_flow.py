# if/elif/else, while, for over range and lists, break and continue.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n % 2 == 0:
        return "even"
    else:
        return "odd"


for n in [-3, 0, 4, 7]:
    print(n, classify(n))

total = 0
for i in range(1, 20, 3):
    if i == 13:
        continue
    total += i
print("total", total)

i = 0
while True:
    i += 1
    if i * i > 50:
        break
print("first square over 50:", i * i)

for k in range(5, 0, -2):
    print(k, end=" ")
print()
print("a", "b", "c", sep="-", end="!\n")
