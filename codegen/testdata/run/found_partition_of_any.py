# Found by the program generator (seeds 112086, 112121): str.partition on a
# value of type any was refused; like the other methods only str has, it
# is the str method on the value checked to be a str.
import asyncio


async def main():
    items = ["key=a=b", 3]
    s = items[0]
    print(s.partition("="), s.rpartition("="))
    try:
        items[1].rpartition("=")
    except AttributeError as e:
        print("AttributeError:", e)


asyncio.run(main())
