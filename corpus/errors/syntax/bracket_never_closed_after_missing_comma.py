# A missing comma inside a list that is never closed: the check reads to the end of the input,
# where the tokenizer raises that the bracket was never closed.
u = [0, 1      self.assertNotEqual
