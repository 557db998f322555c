# A library module: Go code calls its public functions through the
# exported twins aiogo generates (see export_test.go's driver).
import asyncio

GREETING = "hello"


async def fetch(name: str, delay: float) -> str:
    await asyncio.sleep(delay)
    return f"{GREETING} {name}"


async def fetch_all(names: list[str]) -> list[str]:
    return await asyncio.gather(*[fetch(n, 0.01) for n in names])


async def wait_forever() -> None:
    await asyncio.sleep(3600)


def double(n: int) -> int:
    return n * 2


def ratio(a: int, b: int) -> float:
    return a / b


def _private(x: int) -> int:
    return x


if __name__ == "__main__":
    print("never printed when imported")
