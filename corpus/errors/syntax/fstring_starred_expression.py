# A starred expression alone in a field parses ("-m ast" succeeds) but does not compile: "can't use starred expression here".
a = [1]
s = f"{*a}"
