# A boolean operation on two equal constants.
# CPython: prints "False", exit 0.
# aiogo:   go vet on the generated Go reports
#          "vet_redundant_or.py:6: redundant or: false || false"; and
#          likewise "redundant and" for False and False, True or True.
# Fixed on main by 4c3a22d.
print(False or False)
