# // and % by constant divisors (the peepholes of emit_peephole.go) agree
# with Python for negative operands, operands near the 64-bit limits,
# zero divisors, floats and bools.
import asyncio

BIG = 9223372036854775807
SMALL = -9223372036854775807 - 1


def show(a):
    print(a, a // 2, a % 2, a // 8, a % 8, a // 1024, a % 1024, a // 4611686018427387904, a % 4611686018427387904, a % 2**62)
    print(a // 3, a % 3, a // 7, a % 7, a // 1, a % 1, a // -2, a % -2, a // -8, a % -8)
    print(a % 2 == 0, a % 2 != 0, 0 == a % 3, a % 7 != 0, a % 4 == 0, a % 1 == 0, a % 3 == 1)
    if a % 2:
        print("odd")
    if not a % 5:
        print("multiple of 5")


for v in [0, 1, 2, 3, -1, -2, -3, -4, -5, -7, -8, -9, 7, 8, 9, 1023, 1024, -1023, -1024, -1025,
          BIG, BIG - 1, SMALL, SMALL + 1, 2**62, -2**62, -2**62 - 1]:
    show(v)

b = True
print(b // 2, b % 2, b % 4 == 0, False % 2 == 0)
f = -7.5
print(f // 2, f % 2, f % 2 == 0, -8.0 % 4 == 0)


def divide(a, d):
    try:
        print(a // d)
    except ZeroDivisionError as e:
        print("//", e)
    try:
        print(a % d)
    except ZeroDivisionError as e:
        print("%", e)
    try:
        print(a % d == 0)
    except ZeroDivisionError as e:
        print("== 0", e)


divide(-7, 0)
divide(-7, 2)
divide(SMALL, 2)


def zero():
    return 0


try:
    print(5 % zero() == 0)
except ZeroDivisionError as e:
    print(e)


async def collatz(lo, hi):
    steps = 0
    for i in range(lo, hi):
        x = i
        while x != 1 and x != -1 and x != -5 and x != -17:
            if x % 2 == 0:
                x = x // 2
            else:
                x = 3 * x + 1
            steps += 1
        if i % 10 == 0:
            await asyncio.sleep(0)
    return steps


async def main():
    print(await asyncio.gather(collatz(1, 300), collatz(-300, 0), collatz(-1, 0)))


asyncio.run(main())
