"""A shopping cart service: carts keep line items as dataclasses, a
coupon hierarchy computes discounts (percentage, fixed, buy-n-get-one),
invalid coupons raise their own exception, and totals are formatted
with two decimals."""
import asyncio
from dataclasses import dataclass, field
from typing import Dict, List, Optional


class CouponError(Exception):
    def __init__(self, code: str, reason: str):
        super().__init__(f"coupon {code}: {reason}")
        self.code = code


@dataclass
class Line:
    sku: str
    price: float
    qty: int = 1

    def total(self) -> float:
        return self.price * self.qty


class Coupon:
    def __init__(self, code: str):
        self.code = code

    def discount(self, lines: List[Line]) -> float:
        return 0.0


class Percent(Coupon):
    def __init__(self, code: str, pct: int):
        super().__init__(code)
        self.pct = pct

    def discount(self, lines: List[Line]) -> float:
        return sum(l.total() for l in lines) * self.pct / 100


class Fixed(Coupon):
    def __init__(self, code: str, amount: float, minimum: float):
        super().__init__(code)
        self.amount = amount
        self.minimum = minimum

    def discount(self, lines: List[Line]) -> float:
        subtotal = sum(l.total() for l in lines)
        if subtotal < self.minimum:
            raise CouponError(self.code, f"needs {self.minimum:.2f}, cart has {subtotal:.2f}")
        return self.amount


class BuyNGetOne(Coupon):
    def __init__(self, code: str, sku: str, n: int):
        super().__init__(code)
        self.sku = sku
        self.n = n

    def discount(self, lines: List[Line]) -> float:
        for l in lines:
            if l.sku == self.sku:
                return (l.qty // (self.n + 1)) * l.price
        return 0.0


COUPONS: Dict[str, Coupon] = {c.code: c for c in [Percent("TEN", 10), Fixed("FIVE", 5.0, 30.0), BuyNGetOne("MUG3", "mug", 2)]}


async def checkout(lines: List[Line], code: Optional[str]) -> str:
    await asyncio.sleep(0)
    subtotal = sum(l.total() for l in lines)
    off = 0.0
    if code is not None:
        coupon = COUPONS.get(code)
        if coupon is None:
            return f"{subtotal:.2f} (unknown coupon {code})"
        try:
            off = coupon.discount(lines)
        except CouponError as e:
            return f"{subtotal:.2f} ({e})"
    return f"{subtotal - off:.2f} (saved {off:.2f})"


async def main():
    carts = [
        ([Line("mug", 7.5, 3), Line("tea", 4.25)], "MUG3"),
        ([Line("pot", 25.0)], "FIVE"),
        ([Line("pot", 25.0), Line("tea", 4.25, 2)], "FIVE"),
        ([Line("tea", 4.25, 4)], "TEN"),
        ([Line("tea", 4.25)], None),
        ([Line("tea", 4.25)], "BOGUS"),
    ]
    for lines, code in carts:
        print(await checkout(lines, code))


asyncio.run(main())
