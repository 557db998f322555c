# Found by the program generator (seed 120435): a list concatenated with
# an empty display ([86717, 9, 0] + []) became a list of any (the
# display's items, which nothing flows into, become any), so a set built
# from it iterated in insertion order instead of CPython's hash order.
def first_residue(xs):
    residues = {x % 6 for x in xs}
    return list(residues)[0], residues


print(first_residue([6] + [2]))
print(first_residue([86717, 9, 0] + []))
print(first_residue([] + [11, 4]))
