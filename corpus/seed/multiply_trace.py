# The article's traced call multiply(3, 7): result, module-level bytecode of the call and the callee.
import dis

def multiply(a, b):
    return a * b

result = multiply(3, 7)
print(result)
dis.dis(multiply)
dis.dis(compile("result = multiply(3, 7)", "<trace>", "exec"))
