# A variable bound to a slice of the result of a function defined after
# the caller, then sliced again.
# CPython: prints "c", exit 0.
# aiogo:   refuses it: "13:13: slicing a value of type any is not supported
#          yet": x is typed any. x = a() followed by y = x[1:] has the
#          same fate; x = a()[1:] printed as is, or a defined before b,
#          compile. Same cause as param_used_before_its_call.py: an
#          operation on a value whose type inference does not know yet
#          (here a's result) is typed any, and a variable assigned it
#          stays any.
# Found on 4640f50; no longer reproduces on c64d27c (the dyn merge).
def b():
    x = a()[1:]
    print(x[1:])


def a():
    return "abc"


b()
