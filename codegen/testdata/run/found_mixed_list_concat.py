# Concatenating a list of mixed element types with another list.
# CPython: prints "[1, 'a', 2.5, 3]", exit 0.
# aiogo:   prints nothing on stdout, exit 1: TypeError: can only
#          concatenate list (not "list") to list.
# Found on 4640f50; no longer reproduces on c64d27c (the dyn merge).
xs = [1, "a", 2.5]
print(xs + [3])
