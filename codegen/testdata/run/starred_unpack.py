import asyncio

# A command dispatcher: `cmd, *args = line.split()` and
# `*path, name = ...`, with the ValueError of an empty line.


async def handle(line: str, log: list) -> str:
    await asyncio.sleep(0)
    cmd, *args = line.split()
    log.append(cmd)
    if cmd == "add":
        total = 0
        for a in args:
            total += int(a)
        return "sum=" + str(total)
    if cmd == "path":
        *dirs, name = args[0].split("/")
        return "dirs=" + str(dirs) + " name=" + name
    if cmd == "range":
        lo, *inner, hi = sorted([int(a) for a in args])
        return f"lo={lo} inner={inner} hi={hi}"
    return cmd + " " + str(len(args)) + " " + str(args)


async def main():
    log = []
    lines = ["add 1 2 3", "path usr/local/bin/aiogo", "ping", "echo a b", "range 5 1 4 2", "range 9 7"]
    results = await asyncio.gather(*[handle(l, log) for l in lines])
    for r in results:
        print(r)
    print(log)
    first, *others = [10]
    others.append(11)
    *front, back = [1, 2, 3]
    print(first, others, front, back)
    for i in range(3):
        head, *i_rest = [i, i + 1]
        print(head, i_rest)
        a, b, *mid, z = list(range(i + 3))
        print(a, b, mid, z)
    try:
        word, *words, last = ["only"]
    except ValueError as e:
        print("ValueError:", e)
    print(await handle("", log))


asyncio.run(main())
