# Found by the program generator (seed 118319): os.environ.get with a
# default of type any widened os.environ's values, which must stay strs;
# like os.getenv, it returns the default as it is.
import os

values = [1, "two", 3.5]
for v in values:
    print(os.environ.get("AIOGO_TEST_UNSET", v), os.getenv("AIOGO_TEST_UNSET", v))
print(os.environ.get("AIOGO_TEST_UNSET"), os.environ.get("AIOGO_TEST_UNSET", "dflt").upper())
