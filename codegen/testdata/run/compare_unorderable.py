# Sorting instances whose __lt__ answers only for its own class: the
# comparisons before the failing one print as in CPython, and the
# uncaught TypeError ends the program with status 1.
import asyncio


class Node:
    def __init__(self, weight):
        self.weight = weight

    def __lt__(self, other):
        if not isinstance(other, Node):
            return NotImplemented
        print("compare", self.weight, other.weight)
        return self.weight < other.weight


class Edge:
    def __init__(self, cost):
        self.cost = cost


async def main():
    items = [Node(3), Node(1), Node(2)]
    items.sort()
    print([n.weight for n in items])
    mixed = [Node(5), Node(4), Edge(1), Node(0)]
    print("sorting mixed")
    mixed.sort()
    print("not reached")


asyncio.run(main())
