# Arguments are evaluated in source order, keyword arguments included,
# wherever their parameters are (and print's sep= is last, not first).
def v(tag, n):
    print("eval", tag)
    return n


def three(a, b=0, c=0):
    return a + b + c


def vs(tag, s):
    print("eval", tag)
    return s + ""


class P:
    def __init__(self, x, y=1):
        self.s = x - y

    def m(self, a, b=2):
        return a * b


print(three(v("a", 1), c=v("c", 2), b=v("b", 3)))
print(v("x", 1), v("y", 2), sep=vs("sep", "-"))
three(v("a2", 1), c=v("c2", 2), b=v("b2", 3))
p = P(y=v("y", 5), x=v("x", 9))
print(p.s, p.m(b=v("mb", 3), a=v("ma", 4)))
r = [three(c=v("c3", 1), a=v("a3", 2))]
print(r)
print(three(v("in1", 1), b=v("in2", 2)))
