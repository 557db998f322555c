# min() and max() of floats keep Python's answers for NaN and -0.0 (the
# first of the extremes), and their results are rounded like any other
# float, never folded exactly as a Go constant.
nan = float("nan")
print(max(0.1, 0.2) + 0.1, min(0.3, 0.7) * 3)
print(max(-0.0, 0.0), max(0.0, -0.0), min(0.0, -0.0), min(-0.0, 0.0))
print(max(nan, 1.0), max(1.0, nan), min(nan, 1.0), min(1.0, nan), max(1.5, 2.5, 0.5))
print(max(3, 7, 5), min("b", "a", "c"))
