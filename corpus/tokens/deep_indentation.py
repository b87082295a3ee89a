# Thirty nested blocks, then a dedent of all levels at once (30 DEDENT tokens on one line).
depth = 0
if 1:
 if 1:
  if 1:
   if 1:
    if 1:
     if 1:
      if 1:
       if 1:
        if 1:
         if 1:
          if 1:
           if 1:
            if 1:
             if 1:
              if 1:
               if 1:
                if 1:
                 if 1:
                  if 1:
                   if 1:
                    if 1:
                     if 1:
                      if 1:
                       if 1:
                        if 1:
                         if 1:
                          if 1:
                           if 1:
                            if 1:
                             if 1:
                              depth = 30
print(depth)
