# A try in a loop with two except blocks, one of which leaves by break.
# CPython: prints "ie", "end"; exit 0.
# aiogo:   prints "ie", "after 1", "ie", "after 2", "end": the break is
#          lost. The same for continue and return, in either block, and
#          whatever the other block does; with a single except block the
#          jump works.
# Fixed on main by 83a35b1.
for x in [1, 2]:
    try:
        raise IndexError("i")
    except IndexError:
        print("ie")
        break
    except ValueError:
        print("ve")
    print("after", x)
print("end")
