import sys


def helper(n):
    raise ValueError("boom" + str(n))


def middle():
    helper(8)


def wrap():
    try:
        middle()
    except ValueError as e:
        raise RuntimeError("wrapped") from e


def during():
    try:
        middle()
    except ValueError:
        raise KeyError("k")


def divide(n, d):
    n // d


def group():
    raise ExceptionGroup("many", [ValueError("a"), TypeError("b")])


def remainder(n, d):
    try:
        n % d
    except OverflowError:
        pass


print("before")
mode = sys.argv[1]
if mode == "plain":
    middle()
elif mode == "cause":
    wrap()
elif mode == "context":
    during()
elif mode == "zero":
    divide(1, 0)
elif mode == "group":
    group()
elif mode == "exit":
    sys.exit(3)
elif mode == "modulo":
    remainder(1, 0)
print("after")
