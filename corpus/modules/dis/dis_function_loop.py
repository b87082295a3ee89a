# dis.dis of a function with a for loop, an if and a call: FOR_ITER, jumps, labels and END_FOR.
import dis

def total_even(values):
    total = 0
    for v in values:
        if v % 2 == 0:
            total += v
    return total

dis.dis(total_even)
print(total_even(range(10)))
