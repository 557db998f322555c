# A variable assigned the or of itself with itself.
# CPython: prints "True", exit 0.
# aiogo:   go vet on the generated Go reports
#          "vet_self_assignment_or.py:6: self-assignment of ok".
ok = True
ok = ok or ok
print(ok)
