# frozenset: constant state sets checked by tasks, printing, equality
# with sets, operators whose result follows the left operand, the
# methods that do not change it, isinstance and type().__name__.
import asyncio

TERMINAL = frozenset({"done", "failed", "cancelled"})
RETRYABLE = frozenset(["failed"])
CODES = frozenset([503, 500, 502, 500])


async def job(name: str, outcomes: list[str], log: list[str]) -> str:
    for state in outcomes:
        await asyncio.sleep(0.01)
        log.append(f"{name}:{state}")
        if state in TERMINAL and state not in RETRYABLE:
            return state
    return "gave up"


async def main() -> None:
    log: list[str] = []
    results = await asyncio.gather(
        job("a", ["queued", "running", "done"], log),
        job("b", ["failed", "failed", "cancelled"], log),
        job("c", ["failed"], log),
    )
    print(results, len(log))
    print(CODES, sorted(CODES), len(TERMINAL), 502 in CODES, 404 in CODES)
    seen = {500, 404}
    print(CODES | seen, seen | CODES, CODES & seen, CODES - seen, CODES ^ seen)
    print(CODES.union([418]), CODES.intersection(seen), CODES.difference([500]), CODES.copy(), frozenset())
    print(CODES == {500, 502, 503}, {503, 502, 500} == CODES, CODES <= {500, 501, 502, 503}, CODES.isdisjoint(seen))
    print(type(CODES).__name__, isinstance(CODES, frozenset), isinstance(CODES, set), type(seen | CODES).__name__)
    print(frozenset(range(4)), frozenset("abcab") == frozenset("bca"), max(CODES), sum(CODES))


asyncio.run(main())
