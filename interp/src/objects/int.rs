//! Python's `int`: an arbitrary-precision integer stored as CPython stores it (Objects/longobject.c,
//! Include/cpython/longintrepr.h): a sign and a little-endian array of 30-bit digits. This module
//! holds what the front end needs (parsing literals in any base, the decimal repr, the
//! `sys.int_info.default_max_str_digits` limit); the runtime's arithmetic builds on the same type.

use std::fmt;

/// Arithmetic (Objects/longobject.c): a child module so it sees the digits.

/// Bits per digit, as `PyLong_SHIFT` on 64-bit builds.
pub const SHIFT: u32 = 30;
const MASK: u32 = (1 << SHIFT) - 1;

/// The default limit on decimal digits in int/str conversions (`_PY_LONG_DEFAULT_MAX_STR_DIGITS`).
pub const MAX_STR_DIGITS: usize = 4300;

/// An integer of any size. Zero has no digits; the most significant digit is never zero.
#[derive(Clone, PartialEq, Eq, Hash, Default)]
pub struct Int {
    pub(super) negative: bool,
    pub(super) digits: Vec<u32>,
}

/// Why a literal did not convert.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IntParseError {
    /// Not a valid literal in the given base.
    Invalid,
    /// A decimal literal longer than [`MAX_STR_DIGITS`]; carries the digit count.
    TooManyDigits(usize),
}

impl Int {
    pub fn zero() -> Int {
        Int::default()
    }

    pub fn from_u64(mut v: u64) -> Int {
        let mut digits = Vec::new();
        while v != 0 {
            digits.push((v & MASK as u64) as u32);
            v >>= SHIFT;
        }
        Int { negative: false, digits }
    }

    /// From a 128-bit value (the AST optimiser folds in this range).
    pub fn from_i128(v: i128) -> Int {
        let mut m = v.unsigned_abs();
        let mut digits = Vec::new();
        while m != 0 {
            digits.push((m & MASK as u128) as u32);
            m >>= SHIFT;
        }
        Int { negative: v < 0 && !digits.is_empty(), digits }
    }

    /// The value if it fits in 128 bits.
    pub fn to_i128(&self) -> Option<i128> {
        if self.digits.len() * SHIFT as usize > 150 {
            return None;
        }
        let mut m: u128 = 0;
        for &d in self.digits.iter().rev() {
            m = m.checked_mul(1 << SHIFT)?.checked_add(d as u128)?;
        }
        let v: i128 = m.try_into().ok()?;
        Some(if self.negative { -v } else { v })
    }

    pub fn from_i64(v: i64) -> Int {
        let mut r = Int::from_u64(v.unsigned_abs());
        r.negative = v < 0 && !r.digits.is_empty();
        r
    }

    pub fn is_zero(&self) -> bool {
        self.digits.is_empty()
    }

    pub fn is_negative(&self) -> bool {
        self.negative
    }

    /// The 30-bit digits, least significant first (`ob_digit`).
    pub fn digits(&self) -> &[u32] {
        &self.digits
    }

    pub fn negate(&mut self) {
        if !self.digits.is_empty() {
            self.negative = !self.negative;
        }
    }

    /// The value as an i64, when it fits.
    pub fn to_i64(&self) -> Option<i64> {
        if self.digits.len() > 3 {
            return None;
        }
        let mut mag: u128 = 0;
        for &d in self.digits.iter().rev() {
            mag = (mag << SHIFT) | d as u128;
        }
        if self.negative {
            (mag <= 1u128 << 63).then(|| (mag as i128).wrapping_neg() as i64)
        } else {
            i64::try_from(mag).ok()
        }
    }

    /// The number of bits in the absolute value (`int.bit_length()`).
    pub fn bit_length(&self) -> u64 {
        match self.digits.last() {
            None => 0,
            Some(&top) => (self.digits.len() as u64 - 1) * SHIFT as u64 + (32 - top.leading_zeros()) as u64,
        }
    }

    /// self = self * m + a, on the magnitude.
    fn mul_add_small(&mut self, m: u32, a: u32) {
        let mut carry = a as u64;
        for d in self.digits.iter_mut() {
            let t = *d as u64 * m as u64 + carry;
            *d = (t & MASK as u64) as u32;
            carry = t >> SHIFT;
        }
        while carry != 0 {
            self.digits.push((carry & MASK as u64) as u32);
            carry >>= SHIFT;
        }
    }

    /// Divides the magnitude by `d` in place and returns the remainder.
    fn div_small(&mut self, d: u32) -> u32 {
        let mut rem: u64 = 0;
        for x in self.digits.iter_mut().rev() {
            let cur = (rem << SHIFT) | *x as u64;
            *x = (cur / d as u64) as u32;
            rem = cur % d as u64;
        }
        while self.digits.last() == Some(&0) {
            self.digits.pop();
        }
        rem as u32
    }

    /// Parses digits (with single underscores between them, as literals allow) in `base`.
    /// Decimal strings longer than [`MAX_STR_DIGITS`] are refused, as CPython refuses them.
    pub fn from_str_radix(text: &str, base: u32) -> Result<Int, IntParseError> {
        let r = Int::from_str_radix_unlimited(text, base)?;
        if base == 10 {
            // Valid text: every byte but the underscores is a digit.
            let count = text.bytes().filter(|b| *b != b'_').count();
            if count > MAX_STR_DIGITS {
                return Err(IntParseError::TooManyDigits(count));
            }
        }
        Ok(r)
    }

    /// [`Int::from_str_radix`] without the digit limit (the runtime applies its own).
    pub fn from_str_radix_unlimited(text: &str, base: u32) -> Result<Int, IntParseError> {
        let bytes = text.as_bytes();
        if bytes.is_empty() || bytes[0] == b'_' || bytes[bytes.len() - 1] == b'_' {
            return Err(IntParseError::Invalid);
        }
        let mut r = Int::zero();
        let mut count = 0usize;
        let mut prev_us = false;
        // Accumulate several digits per multiplication: base^k fits in 30 bits.
        let mut chunk = 0u32;
        let mut chunk_mul = 1u32;
        for &b in bytes {
            if b == b'_' {
                if prev_us {
                    return Err(IntParseError::Invalid);
                }
                prev_us = true;
                continue;
            }
            prev_us = false;
            let v = match b {
                b'0'..=b'9' => (b - b'0') as u32,
                b'a'..=b'z' => (b - b'a') as u32 + 10,
                b'A'..=b'Z' => (b - b'A') as u32 + 10,
                _ => return Err(IntParseError::Invalid),
            };
            if v >= base {
                return Err(IntParseError::Invalid);
            }
            count += 1;
            if chunk_mul as u64 * base as u64 > MASK as u64 {
                r.mul_add_small(chunk_mul, chunk);
                chunk = 0;
                chunk_mul = 1;
            }
            chunk = chunk * base + v;
            chunk_mul *= base;
        }
        r.mul_add_small(chunk_mul, chunk);
        let _ = count;
        Ok(r)
    }

    /// Parses a Python integer literal: `123`, `0x_ff`, `0o17`, `0b1_0`, `0`, `00`.
    pub fn from_literal(text: &str) -> Result<Int, IntParseError> {
        let b = text.as_bytes();
        if b.len() > 1 && b[0] == b'0' {
            let base = match b[1] {
                b'x' | b'X' => 16,
                b'o' | b'O' => 8,
                b'b' | b'B' => 2,
                _ => 10,
            };
            if base != 10 {
                let rest = text[2..].strip_prefix('_').unwrap_or(&text[2..]);
                return Int::from_str_radix(rest, base);
            }
        }
        Int::from_str_radix(text, 10)
    }

    /// The number of decimal digits, and the decimal text (`int.__repr__`).
    pub fn to_decimal(&self) -> String {
        if let Some(v) = self.to_i64() {
            return v.to_string();
        }
        let mut mag = self.clone();
        let mut parts = Vec::new();
        while !mag.is_zero() {
            parts.push(mag.div_small(1_000_000_000));
        }
        let mut s = String::with_capacity(parts.len() * 9 + 1);
        if self.negative {
            s.push('-');
        }
        let mut first = true;
        for p in parts.iter().rev() {
            if first {
                s.push_str(&p.to_string());
                first = false;
            } else {
                s.push_str(&format!("{p:09}"));
            }
        }
        s
    }
}

impl fmt::Display for Int {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_decimal())
    }
}

impl fmt::Debug for Int {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_decimal())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expected values from CPython 3.13.0 (`repr(int(text, 0))` / `repr(literal)`).
    #[test]
    fn literals() {
        let cases = [
            ("0", "0"),
            ("00", "0"),
            ("1_000", "1000"),
            ("0x_ff", "255"),
            ("0o17", "15"),
            ("0b1_0", "2"),
            ("9223372036854775807", "9223372036854775807"),
            ("9223372036854775808", "9223372036854775808"),
            ("123456789012345678901234567890", "123456789012345678901234567890"),
            ("0xffffffffffffffffffffffffffffffff", "340282366920938463463374607431768211455"),
            ("1000000000000000000000000000000000000000", "1000000000000000000000000000000000000000"),
        ];
        for (text, want) in cases {
            assert_eq!(Int::from_literal(text).unwrap().to_decimal(), want, "{text}");
        }
    }

    #[test]
    fn digit_limit() {
        let s = "1".repeat(4301);
        assert_eq!(Int::from_literal(&s), Err(IntParseError::TooManyDigits(4301)));
        assert!(Int::from_literal(&"1".repeat(4300)).is_ok());
        assert!(Int::from_literal(&format!("0x{}", "1".repeat(5000))).is_ok());
    }

    #[test]
    fn digits_and_bits() {
        let v = Int::from_literal("1073741824").unwrap(); // 2**30
        assert_eq!(v.digits(), &[0, 1]);
        assert_eq!(v.bit_length(), 31);
        assert_eq!(Int::from_i64(-5).to_decimal(), "-5");
        assert_eq!(Int::from_i64(i64::MIN).to_i64(), Some(i64::MIN));
    }
}
