# Found by the program generator (seed 107244): a comparison chain inside
# an `and` repeated a link of another operand, and go vet rejected the Go
# (`11 != count1 && 11 != count1`, "redundant and"). Chains without calls
# are split into their links there, and a repeated link is left out.
count1 = 3
for n in [11, 3, 5]:
    if 11 != count1 and n == 11 != count1:
        print("first", n)
    if n < 10 < count1 * 5 and 10 < count1 * 5 and 0 <= n:
        print("second", n)
    print(n == 11 != count1 or n < 4 <= count1)
