name = "Ada"
n = 42
pi = 3.14159
items = [1, 2]
print(f"{name!r} {name:>6}|{name:<6}|{name:^7}|")
print(f"{n:5d}|{n:<5}|{n:05}|{n:,}|{n:x}|{n:#b}")
print(f"{pi:.2f} {pi:10.3f} {pi:e} {pi}")
print(f"{items} {items!r} {n=} {pi = :.1f}")
print(f"{{literal}} {n + 1} {'nested'}")
w = 8
print(f"{name:>{w}}|")
print(f"{True} {None} {1.0} {n / 7:.3}")
