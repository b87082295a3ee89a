# Lines holding only spaces/tabs (inside and between blocks) are NL tokens and never change indentation.
def f():
    a = 1
        
	
  	  
    return a
   
print(f())
