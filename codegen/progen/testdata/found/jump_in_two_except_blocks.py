# A try in a loop with two except blocks that both leave by break.
# CPython: prints "ie", "end"; exit 0.
# aiogo:   prints "ie", "after 1", "after 2", "end": the break is lost.
#          The same with continue or return in either block (a break in
#          one, return in the other: neither happens); with a single
#          except block the jump works.
for x in [1, 2]:
    try:
        if x == 1:
            raise IndexError("i")
    except IndexError:
        print("ie")
        break
    except ValueError:
        print("ve")
        break
    print("after", x)
print("end")
