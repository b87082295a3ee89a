# A mangled name also applies to global lookups inside the class: __helper refers to the global _K__helper.
_K__helper = "mangled global"
__helper = "plain global"
class K:
    def get(self):
        return __helper
    lst = [__helper for _ in range(1)]
print(K().get(), K.lst)
