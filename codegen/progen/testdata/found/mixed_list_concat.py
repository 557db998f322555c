# Concatenating a list of mixed element types with another list.
# CPython: prints "[1, 'a', 2.5, 3]", exit 0.
# aiogo:   prints nothing on stdout, exit 1: TypeError: can only
#          concatenate list (not "list") to list.
xs = [1, "a", 2.5]
print(xs + [3])
