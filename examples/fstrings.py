# f-strings: conversions, widths, alignment, precision and grouping.
pi = 3.14159265
name = "aiogo"
count = 1234567
print(f"{name}|{name!r}|{name:>8}|{name:<8}|{name:^9}|")
print(f"{pi:.2f} {pi:10.3f} {pi:<10.1f}| {pi:e} {pi:g}")
print(f"{count:,} {count:_} {count:012d} {count:+d} {-count:d}")
print(f"{255:x} {255:#x} {255:o} {255:b} {255:#b} {65:c}")
print(f"{0.25:%} {0.5:.0%} {1e20} {1.5e-7} {2.0}")
print(f"{'left':*<10}{'right':->10}")
width = 6
print(f"[{count % 1000:{width}}]")
print(f"{True} {None} {[1, 'a', 2.5]} {3 > 2}")
