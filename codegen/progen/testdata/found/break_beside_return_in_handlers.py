# break in one except block of a try in a loop, return in another.
# CPython: prints "caught", "end"; exit 0.
# aiogo:   prints "caught", "after 1", "end": the break does not leave the
#          loop (without the return in the other handler it does).
def main():
    for x in [1]:
        try:
            raise IndexError("x")
        except IndexError:
            print("caught")
            break
        except ValueError:
            return
        print("after", x)
    print("end")


main()
