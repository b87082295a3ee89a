# Trailing spaces and tabs before the newline are skipped; NEWLINE starts after them.
x = 1   
if x:  	
    print(x)	 
