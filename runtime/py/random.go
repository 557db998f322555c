package py

import (
	"crypto/rand"
	"encoding/binary"
	"math/bits"
	"sync"
)

// The random module: CPython's Mersenne Twister (MT19937) and the
// algorithms of random.py on top of it, so that a program that calls
// random.seed(n) draws exactly the numbers CPython draws. Without a seed
// the generator starts from the operating system's entropy, as CPython's
// does, and the numbers differ from run to run in both.

const (
	mtN = 624
	mtM = 397
)

// mt is the generator's state; one per process, as the random module's
// functions share one instance. mu guards it: executor threads may draw
// too.
var mt struct {
	mu    sync.Mutex
	state [mtN]uint32
	index int
	init  bool
}

func mtInitGenrand(s uint32) {
	mt.state[0] = s
	for i := 1; i < mtN; i++ {
		prev := mt.state[i-1]
		mt.state[i] = 1812433253*(prev^(prev>>30)) + uint32(i)
	}
	mt.index = mtN
}

// mtInitByArray is init_by_array of CPython's _randommodule.c.
func mtInitByArray(key []uint32) {
	mtInitGenrand(19650218)
	i, j := 1, 0
	k := max(mtN, len(key))
	for ; k > 0; k-- {
		prev := mt.state[i-1]
		mt.state[i] = (mt.state[i] ^ ((prev ^ (prev >> 30)) * 1664525)) + key[j] + uint32(j)
		i++
		j++
		if i >= mtN {
			mt.state[0] = mt.state[mtN-1]
			i = 1
		}
		if j >= len(key) {
			j = 0
		}
	}
	for k = mtN - 1; k > 0; k-- {
		prev := mt.state[i-1]
		mt.state[i] = (mt.state[i] ^ ((prev ^ (prev >> 30)) * 1566083941)) - uint32(i)
		i++
		if i >= mtN {
			mt.state[0] = mt.state[mtN-1]
			i = 1
		}
	}
	mt.state[0] = 0x80000000
	mt.init = true
}

// mtNext is genrand_uint32; mt.mu is held.
func mtNext() uint32 {
	if !mt.init {
		var seed [mtN]byte
		_, _ = rand.Read(seed[:])
		key := make([]uint32, mtN/4)
		for i := range key {
			key[i] = binary.LittleEndian.Uint32(seed[4*i:])
		}
		mtInitByArray(key)
	}
	if mt.index >= mtN {
		for i := 0; i < mtN; i++ {
			y := mt.state[i]&0x80000000 | mt.state[(i+1)%mtN]&0x7fffffff
			v := mt.state[(i+mtM)%mtN] ^ y>>1
			if y&1 != 0 {
				v ^= 0x9908b0df
			}
			mt.state[i] = v
		}
		mt.index = 0
	}
	y := mt.state[mt.index]
	mt.index++
	y ^= y >> 11
	y ^= y << 7 & 0x9d2c5680
	y ^= y << 15 & 0xefc60000
	return y ^ y>>18
}

// RandomSeed is random.seed(n) for an int: the key is |n| in 32-bit
// words, least significant first.
func RandomSeed(n int) {
	u := uint64(n)
	if n < 0 {
		u = uint64(-n) // -MinInt64 wraps to itself, which is |n| as unsigned
	}
	key := []uint32{uint32(u)}
	if hi := uint32(u >> 32); hi != 0 {
		key = append(key, hi)
	}
	mt.mu.Lock()
	defer mt.mu.Unlock()
	mtInitByArray(key)
}

// Random is random.random(): 53 random bits as a float in [0, 1).
func Random() float64 {
	mt.mu.Lock()
	defer mt.mu.Unlock()
	a, b := mtNext()>>5, mtNext()>>6
	return (float64(a)*67108864.0 + float64(b)) * (1.0 / 9007199254740992.0)
}

// Uniform is random.uniform(a, b).
func Uniform(a, b float64) float64 { return a + (b-a)*Random() }

// randBelow is Random._randbelow_with_getrandbits: an int in [0, n),
// drawing bit_length(n) bits until one falls below n.
func randBelow(n int) int {
	if n <= 0 {
		return 0
	}
	k := bits.Len64(uint64(n))
	mt.mu.Lock()
	defer mt.mu.Unlock()
	for {
		if r := getRandBits(k); r < uint64(n) {
			return int(r)
		}
	}
}

// getRandBits is random.getrandbits(k) for k <= 64: 32-bit words, least
// significant first, the last one cut to the bits still wanted.
func getRandBits(k int) uint64 {
	var r uint64
	for shift := 0; k > 0; shift += 32 {
		w := mtNext()
		if k < 32 {
			w >>= 32 - k
		}
		r |= uint64(w) << shift
		k -= 32
	}
	return r
}

// RandRange is random.randrange(start, stop).
func RandRange(start, stop int) int {
	width := IntSub(stop, start)
	if width <= 0 {
		panic(ValueError.New("empty range for randrange() (" + Str(start) + ", " + Str(stop) + ", " + Str(width) + ")"))
	}
	return start + randBelow(width)
}

// RandBelow is random.randrange(stop).
func RandBelow(stop int) int {
	if stop <= 0 {
		panic(ValueError.New("empty range for randrange()"))
	}
	return randBelow(stop)
}

// RandInt is random.randint(a, b): a <= N <= b.
func RandInt(a, b int) int { return RandRange(a, IntAdd(b, 1)) }

// Choice is random.choice(l).
func Choice[T any](l *List[T]) T {
	if len(l.Items) == 0 {
		panic(IndexError.New("Cannot choose from an empty sequence"))
	}
	return l.Items[randBelow(len(l.Items))]
}

// Shuffle is random.shuffle(l), in place.
func Shuffle[T any](l *List[T]) {
	for i := len(l.Items) - 1; i > 0; i-- {
		j := randBelow(i + 1)
		l.Items[i], l.Items[j] = l.Items[j], l.Items[i]
	}
}
