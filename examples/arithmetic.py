# Python's arithmetic rules: floor division and modulo take the divisor's
# sign, / is always true division, and ints mix with floats.
a = 17
b = -5
print(a // b, a % b, -a // 5, -a % 5)
print(a / 4, a / b, 7 / 7)
print(2 ** 10, 2.0 ** 0.5, a * b + 3 - 1)
print(7.5 // 2, 7.5 % 2, -7.5 % 2)
print(1 + 2.5, 3 * 1.5, 10 - 0.25)
print(abs(b), min(a, b, 3), max(4, 9, 2))
x = 10
x += 5
x -= 3
x *= 2
x //= 5
print(x, x % 3 == 1, not x > 3, 1 < x <= 4)
print(int("42") + 1, float("2.5") * 2, str(99) + "!", int(7.9), float(3))
