# A function that slices its parameter, defined (as usual) before the
# function that calls it.
# CPython: prints "z", exit 0.
# aiogo:   refuses it: "15:20: slicing a value of type any is not
#          supported yet": a's result is typed any. The same happens to
#          s.upper(), s[i], sorted(s), sum(s), round(s), min(s, 1), s or 5,
#          s = s[1:] ... on a parameter, and then to every use of the
#          result. With b defined before a, or a called from module
#          level, it compiles and prints "z".
# Found on 4640f50; no longer reproduces on c64d27c (the dyn merge).
def a(s):
    return s[1:]


def b():
    print(a("xyz")[1:])


b()
