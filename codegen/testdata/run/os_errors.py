# OSError and its subclasses: an errno and a strerror (and file names) as
# attributes and in str(), OSError(errno, ...) made the subclass CPython maps
# the errno to (it printed the args tuple before).
errors = [OSError(2, "nope"), OSError(5, "reset", "f"), OSError(1, "perm", "a", None, "b"), OSError("x", "y"), OSError("only"), OSError(), OSError(111, "refused"), OSError(2, "a", "b", "c", "d", "e")]
for exc in errors:
    try:
        raise exc
    except OSError as e:
        print(type(e).__name__, str(e), repr(e), e.args, e.errno, e.strerror, e.filename)
for cls in (FileNotFoundError, ConnectionRefusedError, PermissionError):
    try:
        raise cls(2, "gone", "p")
    except ConnectionError as e:
        print("conn", type(e).__name__, e)
    except OSError as e:
        print("os", type(e).__name__, e, e.errno)
try:
    raise ValueError("v")
except ValueError as e:
    try:
        print(e.errno)
    except AttributeError as err:
        print("AttributeError:", err)
