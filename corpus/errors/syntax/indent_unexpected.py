# A line indented for no reason: "unexpected indent".
x = 1
    y = 2
