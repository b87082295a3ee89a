# An uncaught KeyError prints the repr of the missing key after "KeyError: ".
inventory = {"apples": 3, "pears": 0}
for fruit in ["apples", "pears", "plums"]:
    print(fruit, inventory[fruit])
