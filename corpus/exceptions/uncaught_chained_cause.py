# raise ... from ... prints the cause first, then "The above exception was the direct cause ...".
class ValidationError(Exception):
    pass

def validate(age_text):
    try:
        age = int(age_text)
    except ValueError as exc:
        raise ValidationError(f"age must be a number, got {age_text!r}") from exc
    return age

print(validate("42"))
validate("forty")
