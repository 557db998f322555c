"""A ticket booking system: seats are held with a timeout, a Semaphore
limits concurrent checkouts, holds that expire are released, and the
final seat map is printed."""
import asyncio
from enum import Enum
from typing import Dict, List, Optional


class Seat(Enum):
    FREE = "."
    HELD = "h"
    SOLD = "X"


class SeatTaken(Exception):
    def __init__(self, seat: int, by: str):
        super().__init__(f"seat {seat} taken by {by}")
        self.seat = seat


class Venue:
    def __init__(self, n: int):
        self.seats: List[Seat] = [Seat.FREE] * n
        self.owner: Dict[int, str] = {}
        self.checkout = asyncio.Semaphore(2)

    def hold(self, seat: int, who: str):
        if self.seats[seat] is not Seat.FREE:
            raise SeatTaken(seat, self.owner.get(seat, "?"))
        self.seats[seat] = Seat.HELD
        self.owner[seat] = who

    def release(self, seat: int):
        if self.seats[seat] is Seat.HELD:
            self.seats[seat] = Seat.FREE
            del self.owner[seat]

    async def buy(self, seat: int, who: str, pay_time: float) -> Optional[int]:
        try:
            self.hold(seat, who)
        except SeatTaken as e:
            print(f"{who}: {e}")
            return None
        try:
            async with self.checkout:
                await asyncio.wait_for(asyncio.sleep(pay_time), timeout=0.1)
            self.seats[seat] = Seat.SOLD
            return seat
        except asyncio.TimeoutError:
            print(f"{who}: payment for seat {seat} timed out")
            self.release(seat)
            return None

    def map(self) -> str:
        return "".join(s.value for s in self.seats)


async def main():
    venue = Venue(6)
    wants = [("ann", 0, 0.01), ("bo", 0, 0.01), ("cy", 1, 0.5), ("di", 2, 0.02), ("ed", 3, 0.03), ("fay", 1, 0.01)]
    results = await asyncio.gather(*(venue.buy(want[1], want[0], want[2]) for want in wants))
    print(results)
    print(venue.map(), sorted(venue.owner.items()))
    again = await venue.buy(1, "gus", 0.01)
    print(again, venue.map())


asyncio.run(main())
