# Arguments are evaluated in source order, keyword arguments included.
# CPython: prints "eval a", "eval c", "eval b", "6"; exit 0.
# aiogo:   prints "eval a", "eval b", "eval c", "6": keyword arguments
#          in parameter order. Likewise print(x(), sep=y()) evaluates
#          y() before x().
# Fixed on main by 484a093.
def v(tag, n):
    print("eval", tag)
    return n


def three(a, b=0, c=0):
    return a + b + c


print(three(v("a", 1), c=v("c", 2), b=v("b", 3)))
