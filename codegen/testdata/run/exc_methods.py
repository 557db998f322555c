import asyncio


class JobError(Exception):
    attempts_allowed = 3

    def __init__(self, job_id: int, reason: str = "unknown"):
        super().__init__(job_id, reason)
        self.job_id = job_id
        self.reason = reason
        self.attempts = 0

    def describe(self) -> str:
        return f"{type(self).__name__}[{self.job_id}] {self.reason} ({self})"

    def again(self):
        self.attempts += 1
        if self.attempts >= JobError.attempts_allowed:
            raise self
        return self

    def __repr__(self):
        return f"<JobError {self.job_id}>"


class Fatal(JobError):
    def __str__(self):
        return f"fatal job {self.job_id}: {self.reason}"


class Skipped(JobError):
    pass


class Marker(Exception):
    def tag(self):
        return "marker"


def first_fatal(errors: list) -> JobError:
    for err in errors:
        if isinstance(err, Fatal):
            return err
    raise LookupError("no fatal error")


def summary(err: JobError) -> str:
    return f"{err.job_id}:{err.reason}"


async def run_job(job_id: int) -> int:
    await asyncio.sleep(0)
    if job_id % 5 == 0:
        raise Fatal(job_id, reason="disk full")
    if job_id % 3 == 0:
        raise Skipped(job_id)
    if job_id % 7 == 0:
        raise ValueError(f"bad job {job_id}")
    return job_id * 10


async def main():
    results = await asyncio.gather(*[run_job(i) for i in range(1, 11)], return_exceptions=True)
    errors = []
    for i, r in enumerate(results, 1):
        if isinstance(r, JobError):
            print(i, "job error", r.describe(), repr(r), summary(r))
            errors.append(r)
        elif isinstance(r, Exception):
            print(i, "other error", type(r).__name__, r)
        else:
            print(i, "ok", r)
    print(len(errors), [str(e) for e in errors])
    print(errors)
    fatal = first_fatal(errors)
    print("first fatal:", fatal, fatal.reason)
    try:
        raise Marker
    except Marker as m:
        print(m.tag(), repr(m), str(m) == "")
    try:
        raise Marker("a", 2)
    except Exception as m:
        print(repr(m), m)
    err = JobError(99)
    print(err.again() is err, err.attempts)
    try:
        err.again()
        err.again()
    except (Fatal, Skipped) as e:
        print("not here", e.job_id)
    except JobError as e:
        print("caught", e, e.attempts, e is err)
    try:
        try:
            await run_job(15)
        except Skipped:
            print("not skipped")
    except (Fatal, Skipped) as e:
        print("fatal or skipped:", e.describe(), e.attempts_allowed)
    kw = JobError(reason="late", job_id=5)
    print(kw, repr(kw), kw.reason, kw.args, len(kw.args))
    try:
        raise ValueError("bad", 3)
    except ValueError as e:
        print(e.args, e.args[1], [a for a in e.args])
    try:
        print(kw.exceptions)
    except AttributeError as e:
        print("AttributeError:", e)
    await run_job(30)


asyncio.run(main())
