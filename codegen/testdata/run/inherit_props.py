# Properties and class attributes across a hierarchy: an overridden
# property getter reached through the base, a setter inherited by the
# subclasses, class attributes read through subclasses, static methods
# of the base called through the subclasses.
import asyncio


class Sensor:
    unit = "C"
    count = 0

    def __init__(self, name, raw):
        Sensor.count += 1
        self.name = name
        self._raw = raw

    @staticmethod
    def clamp(v, lo, hi):
        return max(lo, min(hi, v))

    @property
    def value(self):
        return Sensor.clamp(self._raw, -40, 125)

    @value.setter
    def value(self, v):
        self._raw = v

    @property
    def label(self):
        return f"{self.name}={self.value}{Sensor.unit}"

    async def sample(self, delta):
        await asyncio.sleep(0.01)
        self.value += delta
        return self.label


class Doubled(Sensor):
    @property
    def value(self):
        return self._raw * 2

    @value.setter
    def value(self, v):
        self._raw = v - 1


class Clamped(Doubled):
    limit = 50

    @property
    def value(self):
        return Sensor.clamp(self._raw * 2, 0, Clamped.limit)

    @value.setter
    def value(self, v):
        self._raw = v


async def main():
    sensors = [Sensor("a", 20), Doubled("b", 10), Clamped("c", 40), Sensor("d", 500)]
    for s in sensors:
        print(s.label, s.value, Clamped.unit, Doubled.count)
    labels = await asyncio.gather(*[s.sample(5) for s in sensors])
    print(labels)
    sensors[1].value = 3
    print(sensors[1].value, sensors[1].label, Clamped.clamp(7, 0, 5))
    Clamped.limit = 1000
    print([s.value for s in sensors])
    # label has no setter: storing raises CPython's AttributeError, after
    # the value is computed.
    for s in sensors[:2]:
        try:
            s.label = s.label.upper()
        except AttributeError as e:
            print("AttributeError:", e)
        try:
            s.label += "!"
        except AttributeError as e:
            print("AttributeError:", e)


asyncio.run(main())
