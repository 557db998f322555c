# An if choosing between two cheap int values compiles to a branch-free
# pick under a guard that the values are small, else to the ordinary if:
# both paths, and the edges of the guard, must give CPython's results.
def collatz_steps(x):
    steps = 0
    while x != 1:
        if x % 2 == 0:
            x = x // 2
        else:
            x = 3 * x + 1
        steps += 1
    return steps


def step(x):
    if x % 2 == 0:
        x = x // 2
    else:
        x = 3 * x + 1
    return x


def square_or_negate(x, y):
    if x < y:
        y = y * y - x
    else:
        y = -x
    return y


def mixed(a, b):
    if a % 4 == 3:
        a = -a // 4 + b % 3
    else:
        a = a - b * 5
    return a


total = 0
for n in range(1, 2000):
    total += collatz_steps(n)
print(total)

big = 2**61
for x in [big, big + 1, big - 1, -big, -big - 1, -big + 1, 2**62, 2**62 + 2, -(2**62), -7, -1, 0, 1, 27]:
    print(x, step(x))

edge = 2**31
for x in [1, -edge, -edge - 1, edge + 1, 5, -5]:
    for y in [edge, edge + 1, -3]:
        print(x, y, square_or_negate(x, y))

for a in range(-9, 10):
    print(a, mixed(a, 7), mixed(a, -8), mixed(2**61 + a, 2**60))
