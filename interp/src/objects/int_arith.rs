//! Arithmetic on [`Int`] (the number methods of Objects/longobject.c): what the AST optimiser
//! folds and what the runtime computes. Magnitudes are little-endian 30-bit digits; every result
//! is normalised (no leading zero digit, zero never negative).

use super::{Int, MASK, SHIFT};
use std::cmp::Ordering;

fn trim(v: &mut Vec<u32>) {
    while v.last() == Some(&0) {
        v.pop();
    }
}

fn mag_cmp(a: &[u32], b: &[u32]) -> Ordering {
    if a.len() != b.len() {
        return a.len().cmp(&b.len());
    }
    for i in (0..a.len()).rev() {
        if a[i] != b[i] {
            return a[i].cmp(&b[i]);
        }
    }
    Ordering::Equal
}

fn mag_add(a: &[u32], b: &[u32]) -> Vec<u32> {
    let (a, b) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    let mut out = Vec::with_capacity(a.len() + 1);
    let mut carry = 0u32;
    for i in 0..a.len() {
        let s = a[i] + b.get(i).copied().unwrap_or(0) + carry;
        out.push(s & MASK);
        carry = s >> SHIFT;
    }
    if carry != 0 {
        out.push(carry);
    }
    out
}

/// |a| - |b| with |a| >= |b|.
fn mag_sub(a: &[u32], b: &[u32]) -> Vec<u32> {
    let mut out = Vec::with_capacity(a.len());
    let mut borrow = 0i64;
    for i in 0..a.len() {
        let mut d = a[i] as i64 - b.get(i).copied().unwrap_or(0) as i64 - borrow;
        borrow = 0;
        if d < 0 {
            d += 1 << SHIFT;
            borrow = 1;
        }
        out.push(d as u32);
    }
    trim(&mut out);
    out
}

fn mag_mul(a: &[u32], b: &[u32]) -> Vec<u32> {
    if a.is_empty() || b.is_empty() {
        return Vec::new();
    }
    let mut out = vec![0u32; a.len() + b.len()];
    for (i, &x) in a.iter().enumerate() {
        let mut carry = 0u64;
        for (j, &y) in b.iter().enumerate() {
            let t = out[i + j] as u64 + x as u64 * y as u64 + carry;
            out[i + j] = (t & MASK as u64) as u32;
            carry = t >> SHIFT;
        }
        let mut k = i + b.len();
        while carry != 0 {
            let t = out[k] as u64 + carry;
            out[k] = (t & MASK as u64) as u32;
            carry = t >> SHIFT;
            k += 1;
        }
    }
    trim(&mut out);
    out
}

fn mag_bits(a: &[u32]) -> u64 {
    match a.last() {
        None => 0,
        Some(&top) => (a.len() as u64 - 1) * SHIFT as u64 + (32 - top.leading_zeros()) as u64,
    }
}

fn mag_bit(a: &[u32], i: u64) -> bool {
    let d = (i / SHIFT as u64) as usize;
    d < a.len() && (a[d] >> (i % SHIFT as u64)) & 1 == 1
}

fn mag_shl(a: &[u32], n: u64) -> Vec<u32> {
    if a.is_empty() {
        return Vec::new();
    }
    let (whole, part) = ((n / SHIFT as u64) as usize, (n % SHIFT as u64) as u32);
    let mut out = vec![0u32; whole];
    let mut carry = 0u64;
    for &d in a {
        let t = ((d as u64) << part) | carry;
        out.push((t & MASK as u64) as u32);
        carry = t >> SHIFT;
    }
    if carry != 0 {
        out.push(carry as u32);
    }
    out
}

/// The magnitude shifted right, and whether any 1 bit was shifted out.
fn mag_shr(a: &[u32], n: u64) -> (Vec<u32>, bool) {
    let whole = (n / SHIFT as u64) as usize;
    if whole >= a.len() {
        return (Vec::new(), !a.is_empty());
    }
    let part = (n % SHIFT as u64) as u32;
    let mut lost = a[..whole].iter().any(|&d| d != 0) || (a[whole] & ((1 << part) - 1)) != 0;
    let mut out = Vec::with_capacity(a.len() - whole);
    for i in whole..a.len() {
        let hi = if i + 1 < a.len() { (a[i + 1] as u64) << (SHIFT - part) } else { 0 };
        out.push((((a[i] as u64) >> part | hi) & MASK as u64) as u32);
    }
    trim(&mut out);
    if part == 0 {
        lost = a[..whole].iter().any(|&d| d != 0);
    }
    (out, lost)
}

/// Quotient and remainder of magnitudes (b non-empty), by shift and subtract.
fn mag_divmod(a: &[u32], b: &[u32]) -> (Vec<u32>, Vec<u32>) {
    if mag_cmp(a, b) == Ordering::Less {
        return (Vec::new(), a.to_vec());
    }
    if b.len() == 1 {
        let d = b[0] as u64;
        let mut q = vec![0u32; a.len()];
        let mut rem = 0u64;
        for i in (0..a.len()).rev() {
            let cur = (rem << SHIFT) | a[i] as u64;
            q[i] = (cur / d) as u32;
            rem = cur % d;
        }
        trim(&mut q);
        let mut r = vec![rem as u32];
        trim(&mut r);
        return (q, r);
    }
    let nbits = mag_bits(a);
    let mut q = vec![0u32; a.len()];
    let mut r: Vec<u32> = Vec::new();
    for i in (0..nbits).rev() {
        r = mag_shl(&r, 1);
        if mag_bit(a, i) {
            if r.is_empty() {
                r.push(1);
            } else {
                r[0] |= 1;
            }
        }
        if mag_cmp(&r, b) != Ordering::Less {
            r = mag_sub(&r, b);
            q[(i / SHIFT as u64) as usize] |= 1 << (i % SHIFT as u64);
        }
    }
    trim(&mut q);
    (q, r)
}

/// The value `m * 2**exp` (plus a nonzero amount below its last bit when `sticky`) correctly
/// rounded to a double, ties to even; None when it overflows.
fn round_to_double(m: &[u32], exp: i64, sticky: bool) -> Option<f64> {
    let nb = mag_bits(m) as i64;
    if nb == 0 {
        return Some(0.0);
    }
    // The value lies in [2**(top-1), 2**top).
    let top = nb + exp;
    if top > 1024 {
        return None;
    }
    if top < -1074 {
        return Some(0.0);
    }
    // Bits of precision available: 53, fewer for subnormals.
    let prec = if top - 1 >= -1022 { 53 } else { (top + 1074).max(0) };
    let drop = nb - prec;
    let (mut kept, mut e) = (0u64, exp);
    if drop > 0 {
        let (hi, lost) = mag_shr(m, drop as u64);
        for &d in hi.iter().rev() {
            kept = (kept << SHIFT) | d as u64;
        }
        let half = mag_bit(m, drop as u64 - 1);
        let below = {
            let (_, l) = mag_shr(m, drop as u64 - 1);
            l || sticky
        };
        let _ = lost;
        if half && (below || kept & 1 == 1) {
            kept += 1;
        }
        e += drop;
    } else {
        for &d in m.iter().rev() {
            kept = (kept << SHIFT) | d as u64;
        }
        // Exact unless a sticky remainder sits below a 53-bit mantissa; that case only arises
        // when the caller supplied enough bits, so it is rounded above.
    }
    let mut v = kept as f64;
    // Scale by 2**e in steps that stay exact.
    while e > 0 {
        let s = e.min(1000);
        v *= 2f64.powi(s as i32);
        e -= s;
    }
    while e < 0 {
        let s = (-e).min(1000);
        v /= 2f64.powi(s as i32);
        e += s;
    }
    if v.is_infinite() {
        return None;
    }
    Some(v)
}

impl Int {
    fn from_mag(negative: bool, mut digits: Vec<u32>) -> Int {
        trim(&mut digits);
        Int { negative: negative && !digits.is_empty(), digits }
    }

    pub fn add(&self, o: &Int) -> Int {
        if self.negative == o.negative {
            return Int::from_mag(self.negative, mag_add(&self.digits, &o.digits));
        }
        match mag_cmp(&self.digits, &o.digits) {
            Ordering::Less => Int::from_mag(o.negative, mag_sub(&o.digits, &self.digits)),
            _ => Int::from_mag(self.negative, mag_sub(&self.digits, &o.digits)),
        }
    }

    pub fn neg(&self) -> Int {
        let mut r = self.clone();
        r.negate();
        r
    }

    pub fn sub(&self, o: &Int) -> Int {
        self.add(&o.neg())
    }

    pub fn mul(&self, o: &Int) -> Int {
        Int::from_mag(self.negative != o.negative, mag_mul(&self.digits, &o.digits))
    }

    /// `~x` = -(x + 1).
    pub fn invert(&self) -> Int {
        self.add(&Int::from_i64(1)).neg()
    }

    pub fn cmp_int(&self, o: &Int) -> Ordering {
        match (self.negative, o.negative) {
            (false, true) => Ordering::Greater,
            (true, false) => Ordering::Less,
            (false, false) => mag_cmp(&self.digits, &o.digits),
            (true, true) => mag_cmp(&o.digits, &self.digits),
        }
    }

    /// Floor division and the remainder with the divisor's sign (`divmod`); None for a zero
    /// divisor.
    pub fn divmod(&self, o: &Int) -> Option<(Int, Int)> {
        if o.is_zero() {
            return None;
        }
        let (q, r) = mag_divmod(&self.digits, &o.digits);
        let mut q = Int::from_mag(self.negative != o.negative, q);
        let mut r = Int::from_mag(self.negative, r);
        if !r.is_zero() && r.negative != o.negative {
            q = q.sub(&Int::from_i64(1));
            r = r.add(o);
        }
        Some((q, r))
    }

    /// `self ** e` for e >= 0.
    pub fn pow_u(&self, mut e: u64) -> Int {
        let mut result = Int::from_i64(1);
        let mut base = self.clone();
        while e > 0 {
            if e & 1 == 1 {
                result = result.mul(&base);
            }
            e >>= 1;
            if e > 0 {
                base = base.mul(&base);
            }
        }
        result
    }

    pub fn shl(&self, n: u64) -> Int {
        Int::from_mag(self.negative, mag_shl(&self.digits, n))
    }

    /// Arithmetic shift right (rounds towards minus infinity).
    pub fn shr(&self, n: u64) -> Int {
        let (m, lost) = mag_shr(&self.digits, n);
        let r = Int::from_mag(self.negative, m);
        if self.negative && lost {
            r.sub(&Int::from_i64(1))
        } else {
            r
        }
    }

    /// Two's complement digits over `len` digits (len above both operands' lengths).
    fn twos(&self, len: usize) -> Vec<u32> {
        let mut v = self.digits.clone();
        v.resize(len, 0);
        if self.negative {
            let mut carry = 1u32;
            for d in v.iter_mut() {
                let t = (!*d & MASK) + carry;
                *d = t & MASK;
                carry = t >> SHIFT;
            }
        }
        v
    }

    fn from_twos(mut v: Vec<u32>) -> Int {
        let negative = v.last().is_some_and(|&d| d >> (SHIFT - 1) & 1 == 1);
        if negative {
            let mut carry = 1u32;
            for d in v.iter_mut() {
                let t = (!*d & MASK) + carry;
                *d = t & MASK;
                carry = t >> SHIFT;
            }
        }
        Int::from_mag(negative, v)
    }

    fn bitwise(&self, o: &Int, f: impl Fn(u32, u32) -> u32) -> Int {
        let len = self.digits.len().max(o.digits.len()) + 1;
        let (a, b) = (self.twos(len), o.twos(len));
        Int::from_twos(a.iter().zip(&b).map(|(&x, &y)| f(x, y) & MASK).collect())
    }

    pub fn and(&self, o: &Int) -> Int {
        self.bitwise(o, |x, y| x & y)
    }
    pub fn or(&self, o: &Int) -> Int {
        self.bitwise(o, |x, y| x | y)
    }
    pub fn xor(&self, o: &Int) -> Int {
        self.bitwise(o, |x, y| x ^ y)
    }

    /// `float(self)` correctly rounded (`PyLong_AsDouble`); None when it overflows.
    pub fn to_f64(&self) -> Option<f64> {
        let v = round_to_double(&self.digits, 0, false)?;
        Some(if self.negative { -v } else { v })
    }

    /// The integer value of a finite, integral double.
    pub fn from_integral_f64(f: f64) -> Option<Int> {
        if !f.is_finite() || f.fract() != 0.0 {
            return None;
        }
        let bits = f.abs().to_bits();
        let exp = ((bits >> 52) & 0x7ff) as i64;
        if exp == 0 {
            return Some(Int::zero());
        }
        let mant = (bits & ((1u64 << 52) - 1)) | (1u64 << 52);
        let e = exp - 1075;
        let m = Int::from_u64(mant);
        let r = if e >= 0 { m.shl(e as u64) } else { m.shr((-e) as u64) };
        Some(if f < 0.0 { r.neg() } else { r })
    }

    /// `self / o` correctly rounded (`long_true_divide`); None for a zero divisor or overflow.
    pub fn true_div(&self, o: &Int) -> Option<f64> {
        if o.is_zero() {
            return None;
        }
        if self.is_zero() {
            let z = 0.0f64;
            return Some(if self.negative != o.negative { -z } else { z });
        }
        // Scale the dividend so the quotient carries at least 55 significant bits.
        let (na, nb) = (self.bit_length() as i64, o.bit_length() as i64);
        let shift = (55 - (na - nb)).max(0) as u64;
        let (q, r) = mag_divmod(&mag_shl(&self.digits, shift), &o.digits);
        let v = round_to_double(&q, -(shift as i64), !r.is_empty())?;
        Some(if self.negative != o.negative { -v } else { v })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn i(s: &str) -> Int {
        let (neg, t) = match s.strip_prefix('-') {
            Some(t) => (true, t),
            None => (false, s),
        };
        let mut v = Int::from_literal(t).unwrap();
        if neg {
            v.negate();
        }
        v
    }

    // Expected values from CPython 3.13.0.
    #[test]
    fn arithmetic() {
        let a = i("340282366920938463463374607431768211457");
        let b = i("-18446744073709551617");
        assert_eq!(a.add(&b).to_decimal(), "340282366920938463444927863358058659840");
        assert_eq!(a.mul(&b).to_decimal(), "-6277101735386680764176071790128604879584176795969512275969");
        let (q, r) = a.divmod(&b).unwrap();
        assert_eq!((q.to_decimal(), r.to_decimal()), ("-18446744073709551616".into(), "-18446744073709551615".into()));
        assert_eq!(i("-7").divmod(&i("2")).unwrap().0.to_decimal(), "-4");
        assert_eq!(i("-7").shr(1).to_decimal(), "-4");
        assert_eq!(i("1").shl(127).to_decimal(), "170141183460469231731687303715884105728");
        assert_eq!(i("-12").and(&i("10")).to_decimal(), "0");
        assert_eq!(i("-12").or(&i("10")).to_decimal(), "-2");
        assert_eq!(i("-12").xor(&i("-10")).to_decimal(), "2");
        assert_eq!(i("255").pow_u(16).to_decimal(), "319626579315078487616775634918212890625");
        assert_eq!(i("9007199254740993").to_f64(), Some(9007199254740992.0));
        assert_eq!(i("9007199254740995").to_f64(), Some(9007199254740996.0));
        assert_eq!(i("18446744073709551617").true_div(&i("2")), Some(9223372036854775808.0));
        assert_eq!(i("100000000000000000000").true_div(&i("3")), Some(3.3333333333333332e19));
        assert_eq!(i("1").true_div(&i("3")), Some(0.3333333333333333));
        assert_eq!(i("1").shl(1024).to_f64(), None);
        assert_eq!(Int::from_integral_f64(1e20).unwrap().to_decimal(), "100000000000000000000");
    }
}
