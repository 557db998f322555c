# Dead code after a loop whose body always raises and whose else returns.
# CPython: prints "caught v", exit 0.
# aiogo:   go vet on the generated Go reports
#          "vet_unreachable_after_loop_else.py:11: unreachable code"; the
#          same after a while loop without break whose else returns.
def f():
    for x in [1]:
        raise ValueError("v")
    else:
        return 1
    print("dead")


try:
    f()
except ValueError as e:
    print("caught", e)
