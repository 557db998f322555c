import asyncio


class AppError(Exception):
    """Base of the service's errors."""


class HTTPError(AppError):
    default_status = 500

    def __init__(self, status, message="request failed"):
        super().__init__(f"{status}: {message}")
        self.status = status
        self.message = message

    def is_retryable(self):
        return self.status in (502, 503, 504)


class NotFound(HTTPError):
    def __init__(self, path):
        super().__init__(404, f"no such path {path}")
        self.path = path


class Timeout(HTTPError):
    pass


class Plain(Exception):
    def __init__(self, a, b):
        self.total = a + b


class Described(Exception):
    def __str__(self):
        return "described!"


async def fetch(path, attempt):
    await asyncio.sleep(0)
    if path == "/missing":
        raise NotFound(path)
    if attempt < 2:
        raise HTTPError(503, "busy")
    if path == "/slow":
        raise Timeout(504)
    return f"body of {path}"


async def fetch_with_retry(path):
    for attempt in range(4):
        try:
            return await fetch(path, attempt)
        except NotFound as e:
            print("not found:", e.path, e.status, e)
            return None
        except HTTPError as e:
            print(f"attempt {attempt}: {e} retryable={e.is_retryable()} status={e.status}")
            if not e.is_retryable():
                raise
    return "gave up"


async def main():
    for path in ["/a", "/missing", "/slow"]:
        print(path, "->", await fetch_with_retry(path))
    results = await asyncio.gather(fetch("/missing", 5), fetch("/b", 0), fetch("/c", 9), return_exceptions=True)
    for r in results:
        if isinstance(r, HTTPError):
            print("error", type(r).__name__, r.status, r.message, isinstance(r, AppError))
        else:
            print("ok", r)
    try:
        raise Plain(2, 3)
    except Plain as e:
        print("plain", e.total, e, repr(e))
    try:
        raise Described("x")
    except Exception as e:
        print("described", e, str(e), repr(e))
    err = HTTPError(500)
    err.status = 501
    print(err.status, err, err.message, err.is_retryable())
    try:
        raise err
    except AppError as e:
        print(type(e).__name__, e)
    raise NotFound("/end")


asyncio.run(main())
