# x in ys evaluates x first, then ys.
# CPython: prints "g called", "f called", "True"; exit 0.
# aiogo:   prints "f called", "g called", "True": the container is
#          evaluated before the element. (Found as 9 % n in f() calling f
#          before raising ZeroDivisionError.)
# Fixed on main by 83a35b1.
def f():
    print("f called")
    return [1]


def g():
    print("g called")
    return 1


print(g() in f())
