# string's constants, capwords, Template substitution and Formatter.
import string


def main():
    print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase)
    print(string.digits, string.hexdigits, string.octdigits, string.punctuation)
    print(repr(string.whitespace), repr(string.printable), len(string.printable))
    print(string.capwords("hello   world  foo"), string.capwords("a-b-c", "-"), string.capwords(" x "))
    t = string.Template("$who likes ${what}, costs $$5")
    print(t.substitute(who="tim", what="kung pao"), t.substitute({"who": "ann", "what": "tea"}))
    print(t.safe_substitute(who="bob"), t.get_identifiers(), t.is_valid(), t.template)
    print(string.Template("$a$b ${c}d $").safe_substitute(a=1, c=3))
    print(string.Template("$x").substitute({"x": 1}, x=2))
    for tmpl, kw in [("$missing", {}), ("bad $ here", {}), ("line\n  $", {}), ("${}", {})]:
        try:
            print(string.Template(tmpl).substitute(**kw))
        except (KeyError, ValueError) as e:
            print(type(e).__name__, e)
    print(string.Template("bad $").is_valid(), string.Template.delimiter)

    class Pct(string.Template):
        delimiter = "%"

    print(Pct("%x and %%").substitute(x=5))
    f = string.Formatter()
    print(f.format("{0} {1!r} {name:>5}|{2[0]}", "a", "b", [9], name="n"), f.format("{}-{}", 1, 2))
    print(list(f.parse("a{0}b{x!r:>3}c{{")))


main()
