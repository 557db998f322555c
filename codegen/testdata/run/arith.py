def show(a, b):
    print(a // b, a % b, a / b, -a // b, -a % b)
    print(a + b, a - b, a * b, a ** 2)


show(7, 2)
show(9, -4)
x = 7.5
y = 2
print(x // y, x % y, x / y, x * y, x - y, x + 1)
print(10 / 4, 1 / 3, 2 ** 10, 0.1 + 0.2)
s = "ab"
print(s * 3, s + "c", len(s * 3))
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0, "a" < "b")
n = 0
for i in range(10):
    n += i
print(n, i)
total = 0
k = 10
while k > 0:
    k -= 3
    if k == 4:
        continue
    total += k
print(total, k)
print(int("42") + 1, float(3), str(12) + "!", int(3.9), abs(-4), abs(-2.5))
print(min(3, 1, 2), max(2.5, 1.5), max("a", "b"))
print(True, False, None, 3.0, 1e20, 1.5e-7, -0.0)
print(not True, not 0, bool(""), bool("x"))
