# A function whose only return follows an unconditional raise.
# CPython: prints "caught ('a', -7)", exit 0.
# aiogo:   refuses it: "9:27: iterating over a value of type any is not
#          supported yet": the result of calc1 is typed any (the return
#          after the raise is not counted).
# Found on 4640f50; no longer reproduces on c64d27c (the dyn merge).
def main():
    try:
        xs7 = calc1(2.5)[:5]
        print([7 for i in xs7])
    except ZeroDivisionError as e:
        print("caught", e)


def calc1(x):
    raise ZeroDivisionError("a", -7)
    return [1, 11, 480, 547]


main()
