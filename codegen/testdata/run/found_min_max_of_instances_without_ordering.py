# min() and max() of instances whose classes define no ordering were
# refused; CPython compares them and raises TypeError for two or more
# (found by the generator, seed 122027).
import asyncio


class Base:
    def __init__(self, a):
        self.a = a


class Sub(Base):
    pass


async def main():
    objs = [Base(1), Sub(2)]
    print(max(objs[:1]).a, min([Sub(5)]).a)
    try:
        print(max(objs).a)
    except TypeError as e:
        print("TypeError", e)
    try:
        print(min(objs).a)
    except TypeError as e:
        print("TypeError", e)


asyncio.run(main())
