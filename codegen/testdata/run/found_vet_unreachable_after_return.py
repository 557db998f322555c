# A statement after a return (dead code, which Python compiles).
# CPython: prints "1", exit 0.
# aiogo:   go vet on the generated Go reports
#          "vet_unreachable_after_return.py:7: unreachable code".
# Fixed on main by 4c3a22d.
def f():
    return 1
    print("dead")


print(f())
