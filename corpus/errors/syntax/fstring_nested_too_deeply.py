# Format specs nested three levels deep: "f-string: expressions nested too deeply".
s = f"{x:{y:{z:{w}}}}"
