//! int ⇄ text beyond literals (Objects/longobject.c): digits in base 2/8/10/16 with the
//! 4300-digit limit (`_PyLong_Format`, `long_to_decimal_string`), `bin`/`oct`/`hex`, and
//! `int(str, base)` (`PyLong_FromUnicodeObject`, `PyLong_FromString`) with CPython's messages.

use super::format_spec::{TextError, TextResult};
use super::int::{Int, MAX_STR_DIGITS, SHIFT};
use std::cell::Cell;

thread_local! {
    /// `sys.set_int_max_str_digits`: the interpreter's current limit (0: none). One interpreter
    /// runs per thread.
    static LIMIT: Cell<usize> = const { Cell::new(MAX_STR_DIGITS) };
}

/// The current limit on decimal digits (`sys.get_int_max_str_digits()`; 0 means unlimited).
pub fn max_str_digits() -> usize {
    LIMIT.with(|l| l.get())
}

/// Sets the limit (`sys.set_int_max_str_digits`); the caller has checked the value.
pub fn set_max_str_digits(n: usize) {
    LIMIT.with(|l| l.set(n))
}

/// The message of the ValueError for printing an int with too many decimal digits.
pub fn str_limit_message() -> String {
    format!(
        "Exceeds the limit ({} digits) for integer string conversion; \
         use sys.set_int_max_str_digits() to increase the limit",
        max_str_digits()
    )
}

/// The message of the ValueError for parsing a string of `n` digits.
pub fn parse_limit_message(n: usize) -> String {
    format!(
        "Exceeds the limit ({} digits) for integer string conversion: value has {n} digits; \
         use sys.set_int_max_str_digits() to increase the limit",
        max_str_digits()
    )
}

/// The magnitude of `n` in `base` (2, 8, 10 or 16), lower-case digits, no sign or prefix.
/// Base 10 fails as `str(n)` does beyond 4300 digits.
pub fn int_to_base_digits(n: &Int, base: u32) -> TextResult<String> {
    if n.is_zero() {
        return Ok("0".into());
    }
    if base == 10 {
        // An int of b bits has at least floor((b - 1) * log10(2)) + 1 digits: refuse before the
        // quadratic conversion when that is already over the limit, as CPython does.
        let limit = max_str_digits();
        if limit > 0 && (n.bit_length() - 1) as f64 * std::f64::consts::LOG10_2 >= limit as f64 {
            return Err(TextError::value(str_limit_message()));
        }
        let s = n.to_decimal();
        let s = s.strip_prefix('-').map(str::to_string).unwrap_or(s);
        if limit > 0 && s.len() > limit {
            return Err(TextError::value(str_limit_message()));
        }
        return Ok(s);
    }
    let bits = base.trailing_zeros();
    let digits = n.digits();
    let total_bits = n.bit_length();
    let ndig = total_bits.div_ceil(bits as u64);
    let mut out = vec![0u8; ndig as usize];
    for (i, slot) in out.iter_mut().rev().enumerate() {
        let pos = i as u64 * bits as u64;
        let (w, off) = ((pos / SHIFT as u64) as usize, (pos % SHIFT as u64) as u32);
        let mut v = (digits[w] >> off) as u64;
        if off + bits > SHIFT && w + 1 < digits.len() {
            v |= (digits[w + 1] as u64) << (SHIFT - off);
        }
        *slot = b"0123456789abcdef"[(v & (base as u64 - 1)) as usize];
    }
    Ok(String::from_utf8(out).expect("ascii"))
}

fn with_prefix(n: &Int, base: u32, prefix: &str) -> String {
    let d = int_to_base_digits(n, base).expect("power-of-two base has no limit");
    let mut s = String::with_capacity(d.len() + 3);
    if n.is_negative() {
        s.push('-');
    }
    s.push_str(prefix);
    s.push_str(&d);
    s
}

/// `bin(n)`: `0b101`, `-0b1`.
pub fn bin(n: &Int) -> String {
    with_prefix(n, 2, "0b")
}

/// `oct(n)`: `0o17`.
pub fn oct(n: &Int) -> String {
    with_prefix(n, 8, "0o")
}

/// `hex(n)`: `0xff`.
pub fn hex(n: &Int) -> String {
    with_prefix(n, 16, "0x")
}

/// `str(n)` / `repr(n)`, failing beyond 4300 digits.
pub fn int_str(n: &Int) -> TextResult<String> {
    let d = int_to_base_digits(n, 10)?;
    Ok(if n.is_negative() { format!("-{d}") } else { d })
}

/// TypeError of `int(x, base)` when `x` is not a str, bytes or bytearray.
pub fn explicit_base_error() -> TextError {
    TextError::type_error("int() can't convert non-string with explicit base")
}

/// TypeError of `int(x)` for an `x` with no conversion.
pub fn int_arg_type_error(type_name: &str) -> TextError {
    TextError::type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{type_name}'"
    ))
}

fn is_ascii_space(c: u32) -> bool {
    matches!(c, 0x20 | 0x09..=0x0D)
}

/// `int(s, base)` for a str given as code points. `base` 0 reads the prefix; otherwise 2..=36.
pub fn int_from_str(s: &[u32], base: u32) -> TextResult<Int> {
    if base == 1 || base > 36 {
        return Err(TextError::value("int() base must be >= 2 and <= 36, or 0"));
    }
    let err = || {
        let r = super::str_repr::repr_code_points(s.iter().copied());
        let r: String = r.chars().take(200).collect();
        TextError::value(format!("invalid literal for int() with base {base}: {r}"))
    };
    // Unicode spaces become ' ' and Unicode decimals ASCII digits, as
    // `_PyUnicode_TransformDecimalAndSpaceToASCII` does; anything else non-ASCII is an error.
    let mut b: Vec<u8> = Vec::with_capacity(s.len());
    for &c in s {
        if c < 128 {
            b.push(c as u8);
        } else if super::unicode_db::is_space(c) {
            b.push(b' ');
        } else if let Some(d) = super::unicode_db::to_decimal(c) {
            b.push(b'0' + d);
        } else {
            return Err(err());
        }
    }
    let mut i = 0;
    while i < b.len() && is_ascii_space(b[i] as u32) {
        i += 1;
    }
    let mut end = b.len();
    while end > i && is_ascii_space(b[end - 1] as u32) {
        end -= 1;
    }
    let mut negative = false;
    if i < end && (b[i] == b'+' || b[i] == b'-') {
        negative = b[i] == b'-';
        i += 1;
    }
    let mut base = base;
    let mut after_prefix = false;
    let lower = |k: usize| b.get(k).map(|c| c.to_ascii_lowercase());
    if base == 0 {
        if b.get(i) != Some(&b'0') {
            base = 10;
        } else {
            base = match lower(i + 1) {
                Some(b'x') => 16,
                Some(b'o') => 8,
                Some(b'b') => 2,
                _ => {
                    // "0", "00", "0_0": only zeros allowed after a leading zero.
                    let body = &b[i..end];
                    let ok = !body.is_empty()
                        && body.iter().all(|&c| c == b'0' || c == b'_')
                        && body.last() != Some(&b'_')
                        && !body.windows(2).any(|w| w == b"__");
                    if !ok {
                        return Err(err());
                    }
                    return Ok(Int::zero());
                }
            };
            i += 2;
            after_prefix = true;
        }
    } else if b.get(i) == Some(&b'0') {
        let p = lower(i + 1);
        if (base == 16 && p == Some(b'x')) || (base == 8 && p == Some(b'o')) || (base == 2 && p == Some(b'b')) {
            i += 2;
            after_prefix = true;
        }
    }
    let mut body = &b[i..end];
    if after_prefix && body.first() == Some(&b'_') {
        body = &body[1..];
    }
    if body.is_empty() {
        return Err(err());
    }
    let mut ndigits = 0;
    let mut prev_us = true; // forbids a leading underscore
    for &c in body {
        if c == b'_' {
            if prev_us {
                return Err(err());
            }
            prev_us = true;
            continue;
        }
        prev_us = false;
        let v = match c {
            b'0'..=b'9' => c - b'0',
            b'a'..=b'z' => c - b'a' + 10,
            b'A'..=b'Z' => c - b'A' + 10,
            _ => return Err(err()),
        };
        if v as u32 >= base {
            return Err(err());
        }
        ndigits += 1;
    }
    if prev_us {
        return Err(err());
    }
    let limit = max_str_digits();
    if !base.is_power_of_two() && limit > 0 && ndigits > limit {
        return Err(TextError::value(parse_limit_message(ndigits)));
    }
    let text = std::str::from_utf8(body).expect("ascii");
    let mut n = Int::from_str_radix_unlimited(text, base).map_err(|_| err())?;
    if negative {
        n.negate();
    }
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Vectors from scripts/gen/format_vectors.py on CPython 3.13.0.
    #[test]
    fn cpython_vectors() {
        let data = include_str!("int_vectors.txt");
        let mut n = 0;
        let mut failures = Vec::new();
        for line in data.lines() {
            let p: Vec<&str> = line.split('\t').collect();
            let show = |r: TextResult<String>| match r {
                Ok(v) => v,
                Err(e) => format!("{:?}: {}", e.kind, e.msg),
            };
            let (got, want) = match p[0] {
                "parse" => {
                    let s = crate::objects::format_spec::tests_unescape(p[1]);
                    let cps: Vec<u32> = s.chars().map(|c| c as u32).collect();
                    let r = int_from_str(&cps, p[2].parse().unwrap()).map(|i| hex(&i));
                    (show(r), p[3].to_string())
                }
                "bin" | "oct" | "hex" | "str" => {
                    let v = int_from_str(&p[1].chars().map(|c| c as u32).collect::<Vec<_>>(), 16).unwrap();
                    let r = match p[0] {
                        "bin" => Ok(bin(&v)),
                        "oct" => Ok(oct(&v)),
                        "hex" => Ok(hex(&v)),
                        _ => int_str(&v),
                    };
                    (show(r), p[2].to_string())
                }
                _ => continue,
            };
            n += 1;
            if got != want {
                failures.push(format!("{line}: got {got}"));
            }
        }
        assert!(failures.is_empty(), "{} of {n} failed:\n{}", failures.len(), failures[..failures.len().min(40)].join("\n"));
        assert!(n > 100);
    }
}
