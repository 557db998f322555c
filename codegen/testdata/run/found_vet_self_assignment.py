# Assigning a variable to itself.
# CPython: prints "1", exit 0.
# aiogo:   the generated Go builds but go vet reports
#          "vet_self_assignment.py:8: self-assignment of x" (DESIGN.md:
#          generated code vets cleanly; difftest counts it as a build
#          failure). The same for a parameter, also m.x in a machine.
# Fixed on main by 4c3a22d.
x = 1
x = x
print(x)
