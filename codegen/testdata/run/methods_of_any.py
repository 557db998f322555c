# count and index on values of type any (here from json.loads) dispatch on
# the value: a str's, a list's, or CPython's AttributeError; del of a key
# of a dict whose keys are of type any.
import json
def f(flag):
    return json.loads('["a", "b", "a", 1]') if flag else json.loads('"banana"')
xs = f(True)
s = f(False)
print(xs.count("a"), xs.index(1), s.count("an"), s.index("na"), s.count(""))
d = json.loads('{"k": 1, "2": 3}')
k = {"k": 5, 2: 6, "z": 7}
del k["k"]
del k[2]
print(k)
dd = {json.loads('"x"'): 1, "y": 2}
del dd["y"]
print(dd)
try:
    print(xs.index("zz"))
except ValueError as e:
    print("ValueError", e)
try:
    print(s.count(3))
except TypeError as e:
    print("TypeError", e)
t = json.loads('5')
print(t.count(1))
