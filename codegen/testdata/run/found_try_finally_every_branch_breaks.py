# A try with two except blocks, an else and a finally, where the except
# blocks and the else all break out of the loop.
# CPython: prints "1", "fin", "end"; exit 0.
# aiogo:   "internal error: the generated Go did not build":
#          "try_finally_every_branch_breaks.py:18: missing return"
#          (with one except block, or without the finally, it builds).
# Fixed on main by fd04cbb.
def f():
    for x in [1, 2]:
        try:
            print(x)
        except IndexError:
            break
        except ValueError:
            break
        else:
            break
        finally:
            print("fin")
    return "end"


print(f())
