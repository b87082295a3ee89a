//! Arbitrary-precision arithmetic on [`Int`] (Objects/longobject.c): `x_add`/`x_sub`, schoolbook
//! and Karatsuba multiplication (`k_mul`, same cutoff), Knuth's division (`x_divrem`) with
//! Python's floor rules (`l_divmod`), powers (`long_pow`, modular and with inverses), shifts,
//! two's-complement bitwise operations (`long_bitwise`), the modular hash (`long_hash`), and
//! correctly rounded conversion to float (`PyLong_AsDouble`, `long_true_divide`).

use super::int::{Int, SHIFT};
use std::cmp::Ordering;

const MASK: u32 = (1 << SHIFT) - 1;
const BASE: u64 = 1 << SHIFT;
/// CPython's `KARATSUBA_CUTOFF` (digits).
const KARATSUBA_CUTOFF: usize = 70;
/// The hash modulus, 2**61 - 1 (`_PyHASH_MODULUS`).
pub const HASH_MODULUS: u64 = (1 << 61) - 1;

fn trim(v: &mut Vec<u32>) {
    while v.last() == Some(&0) {
        v.pop();
    }
}

fn cmp_mag(a: &[u32], b: &[u32]) -> Ordering {
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

fn add_mag(a: &[u32], b: &[u32]) -> Vec<u32> {
    let (a, b) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    let mut r = Vec::with_capacity(a.len() + 1);
    let mut carry = 0u32;
    for i in 0..a.len() {
        let s = a[i] + b.get(i).copied().unwrap_or(0) + carry;
        r.push(s & MASK);
        carry = s >> SHIFT;
    }
    if carry != 0 {
        r.push(carry);
    }
    r
}

/// |a| - |b| for |a| >= |b|.
fn sub_mag(a: &[u32], b: &[u32]) -> Vec<u32> {
    let mut r = Vec::with_capacity(a.len());
    let mut borrow = 0u32;
    for i in 0..a.len() {
        let s = a[i].wrapping_sub(b.get(i).copied().unwrap_or(0)).wrapping_sub(borrow);
        r.push(s & MASK);
        borrow = (s >> SHIFT) & 1;
    }
    trim(&mut r);
    r
}

/// Adds `x` into `r` starting at digit `off` (r is long enough).
fn add_into(r: &mut [u32], x: &[u32], off: usize) {
    let mut carry = 0u32;
    let mut i = 0;
    while i < x.len() || carry != 0 {
        let s = r[off + i] + x.get(i).copied().unwrap_or(0) + carry;
        r[off + i] = s & MASK;
        carry = s >> SHIFT;
        i += 1;
    }
}

/// Subtracts `x` from `r` starting at digit `off` (the result stays non-negative).
fn sub_from(r: &mut [u32], x: &[u32], off: usize) {
    let mut borrow = 0u32;
    let mut i = 0;
    while i < x.len() || borrow != 0 {
        let s = r[off + i].wrapping_sub(x.get(i).copied().unwrap_or(0)).wrapping_sub(borrow);
        r[off + i] = s & MASK;
        borrow = (s >> SHIFT) & 1;
        i += 1;
    }
}

fn school_mul(a: &[u32], b: &[u32]) -> Vec<u32> {
    if a.is_empty() || b.is_empty() {
        return Vec::new();
    }
    let mut r = vec![0u32; a.len() + b.len()];
    for (i, &x) in a.iter().enumerate() {
        if x == 0 {
            continue;
        }
        let mut carry = 0u64;
        for (j, &y) in b.iter().enumerate() {
            let t = r[i + j] as u64 + x as u64 * y as u64 + carry;
            r[i + j] = (t & MASK as u64) as u32;
            carry = t >> SHIFT;
        }
        let mut k = i + b.len();
        while carry != 0 {
            let t = r[k] as u64 + carry;
            r[k] = (t & MASK as u64) as u32;
            carry = t >> SHIFT;
            k += 1;
        }
    }
    trim(&mut r);
    r
}

fn split_at(a: &[u32], n: usize) -> (Vec<u32>, Vec<u32>) {
    let n = n.min(a.len());
    let mut lo = a[..n].to_vec();
    trim(&mut lo);
    (a[n..].to_vec(), lo)
}

/// `k_mul`: Karatsuba above the cutoff, the lopsided case in slices of the shorter operand.
fn mul_mag(a: &[u32], b: &[u32]) -> Vec<u32> {
    let (a, b) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if a.len() < KARATSUBA_CUTOFF {
        return school_mul(a, b);
    }
    if 2 * a.len() <= b.len() {
        // `k_lopsided_mul`
        let mut r = vec![0u32; a.len() + b.len() + 1];
        let mut off = 0;
        while off < b.len() {
            let end = (off + a.len()).min(b.len());
            let mut chunk = b[off..end].to_vec();
            trim(&mut chunk);
            let p = mul_mag(a, &chunk);
            add_into(&mut r, &p, off);
            off = end;
        }
        trim(&mut r);
        return r;
    }
    let shift = b.len() / 2;
    let (ah, al) = split_at(a, shift);
    let (bh, bl) = split_at(b, shift);
    let t1 = mul_mag(&ah, &bh);
    let t2 = mul_mag(&al, &bl);
    let t3 = mul_mag(&add_mag(&ah, &al), &add_mag(&bh, &bl));
    let mut r = vec![0u32; a.len() + b.len() + 2];
    add_into(&mut r, &t2, 0);
    add_into(&mut r, &t1, 2 * shift);
    add_into(&mut r, &t3, shift);
    sub_from(&mut r, &t1, shift);
    sub_from(&mut r, &t2, shift);
    trim(&mut r);
    r
}

/// Divides a magnitude by one digit: (quotient, remainder).
fn divrem1(a: &[u32], d: u32) -> (Vec<u32>, u32) {
    let mut q = vec![0u32; a.len()];
    let mut rem = 0u64;
    for i in (0..a.len()).rev() {
        let cur = (rem << SHIFT) | a[i] as u64;
        q[i] = (cur / d as u64) as u32;
        rem = cur % d as u64;
    }
    trim(&mut q);
    (q, rem as u32)
}

fn shl_bits(a: &[u32], s: u32, extra: bool) -> Vec<u32> {
    let mut r = Vec::with_capacity(a.len() + 1);
    let mut carry = 0u32;
    for &d in a {
        let t = ((d as u64) << s) | carry as u64;
        r.push((t & MASK as u64) as u32);
        carry = (t >> SHIFT) as u32;
    }
    if extra {
        r.push(carry);
    }
    r
}

/// `x_divrem`: |a| divmod |b| (b non-zero), Knuth's algorithm D in base 2**30.
fn divrem_mag(a: &[u32], b: &[u32]) -> (Vec<u32>, Vec<u32>) {
    if cmp_mag(a, b) == Ordering::Less {
        return (Vec::new(), a.to_vec());
    }
    if b.len() == 1 {
        let (q, r) = divrem1(a, b[0]);
        return (q, if r == 0 { Vec::new() } else { vec![r] });
    }
    let d = SHIFT - (32 - b[b.len() - 1].leading_zeros());
    let v = shl_bits(b, d, false);
    let mut u = shl_bits(a, d, true);
    let n = v.len();
    let m = u.len() - n;
    let mut q = vec![0u32; m];
    let (vtop, vnext) = (v[n - 1] as u64, v[n - 2] as u64);
    for j in (0..m).rev() {
        let top = ((u[j + n] as u64) << SHIFT) | u[j + n - 1] as u64;
        let mut qhat = top / vtop;
        let mut rhat = top % vtop;
        while qhat >= BASE || qhat * vnext > ((rhat << SHIFT) | u[j + n - 2] as u64) {
            qhat -= 1;
            rhat += vtop;
            if rhat >= BASE {
                break;
            }
        }
        let mut borrow: i64 = 0;
        let mut carry: u64 = 0;
        for i in 0..n {
            let p = qhat * v[i] as u64 + carry;
            carry = p >> SHIFT;
            let t = u[i + j] as i64 - (p & MASK as u64) as i64 + borrow;
            u[i + j] = (t & MASK as i64) as u32;
            borrow = t >> SHIFT;
        }
        let t = u[j + n] as i64 - carry as i64 + borrow;
        u[j + n] = (t & MASK as i64) as u32;
        if t < 0 {
            qhat -= 1;
            let mut c = 0u32;
            for i in 0..n {
                let s = u[i + j] + v[i] + c;
                u[i + j] = s & MASK;
                c = s >> SHIFT;
            }
            u[j + n] = (u[j + n] + c) & MASK;
        }
        q[j] = qhat as u32;
    }
    trim(&mut q);
    // The remainder is u[..n] shifted back.
    let mut r = vec![0u32; n];
    let mut carry = 0u32;
    for i in (0..n).rev() {
        let cur = ((carry as u64) << SHIFT) | u[i] as u64;
        r[i] = (cur >> d) as u32;
        carry = (cur & ((1u64 << d) - 1)) as u32;
    }
    trim(&mut r);
    (q, r)
}

impl Int {
    fn from_mag(negative: bool, mut digits: Vec<u32>) -> Int {
        trim(&mut digits);
        let negative = negative && !digits.is_empty();
        Int { negative, digits }
    }

    pub fn one() -> Int {
        Int::from_i64(1)
    }

    pub fn neg(&self) -> Int {
        let mut r = self.clone();
        r.negate();
        r
    }

    pub fn abs(&self) -> Int {
        Int { negative: false, digits: self.digits.clone() }
    }

    pub fn is_odd(&self) -> bool {
        self.digits.first().is_some_and(|d| d & 1 == 1)
    }

    pub fn add(&self, o: &Int) -> Int {
        if self.negative == o.negative {
            return Int::from_mag(self.negative, add_mag(&self.digits, &o.digits));
        }
        match cmp_mag(&self.digits, &o.digits) {
            Ordering::Equal => Int::zero(),
            Ordering::Greater => Int::from_mag(self.negative, sub_mag(&self.digits, &o.digits)),
            Ordering::Less => Int::from_mag(o.negative, sub_mag(&o.digits, &self.digits)),
        }
    }

    pub fn sub(&self, o: &Int) -> Int {
        self.add(&o.neg())
    }

    pub fn mul(&self, o: &Int) -> Int {
        Int::from_mag(self.negative != o.negative, mul_mag(&self.digits, &o.digits))
    }

    /// Truncating division of magnitudes with signs (C's `/` and `%`); None for a zero divisor.
    pub fn divrem_trunc(&self, o: &Int) -> Option<(Int, Int)> {
        if o.is_zero() {
            return None;
        }
        let (q, r) = divrem_mag(&self.digits, &o.digits);
        Some((Int::from_mag(self.negative != o.negative, q), Int::from_mag(self.negative, r)))
    }

    /// Python's floor division and modulo (`l_divmod`); None for a zero divisor.
    pub fn divmod_floor(&self, o: &Int) -> Option<(Int, Int)> {
        let (mut q, mut r) = self.divrem_trunc(o)?;
        if !r.is_zero() && r.negative != o.negative {
            q = q.sub(&Int::one());
            r = r.add(o);
        }
        Some((q, r))
    }

    pub fn cmp(&self, o: &Int) -> Ordering {
        match (self.negative, o.negative) {
            (false, true) => Ordering::Greater,
            (true, false) => Ordering::Less,
            (false, false) => cmp_mag(&self.digits, &o.digits),
            (true, true) => cmp_mag(&o.digits, &self.digits),
        }
    }

    /// self ** e for e >= 0.
    pub fn pow(&self, e: &Int) -> Int {
        let mut result = Int::one();
        let nbits = e.bit_length();
        for i in (0..nbits).rev() {
            result = result.mul(&result);
            if e.bit(i) {
                result = result.mul(self);
            }
        }
        result
    }

    /// Bit `i` of the magnitude.
    pub fn bit(&self, i: u64) -> bool {
        let d = (i / SHIFT as u64) as usize;
        self.digits.get(d).is_some_and(|x| (x >> (i % SHIFT as u64)) & 1 == 1)
    }

    /// (self ** e) % m with Python's sign rule for m; e >= 0, m != 0.
    pub fn pow_mod(&self, e: &Int, m: &Int) -> Int {
        let am = m.abs();
        let mut base = self.divmod_floor(&am).map(|x| x.1).unwrap_or_default();
        let mut result = Int::one().divmod_floor(&am).map(|x| x.1).unwrap_or_default();
        let nbits = e.bit_length();
        for i in 0..nbits {
            if e.bit(i) {
                result = result.mul(&base).divmod_floor(&am).map(|x| x.1).unwrap_or_default();
            }
            if i + 1 < nbits {
                base = base.mul(&base).divmod_floor(&am).map(|x| x.1).unwrap_or_default();
            }
        }
        if m.negative && !result.is_zero() {
            result = result.add(m);
        }
        result
    }

    /// The inverse of self modulo m (m > 0), if it exists (`long_invmod`).
    pub fn inverse_mod(&self, m: &Int) -> Option<Int> {
        let mut a = self.divmod_floor(m)?.1;
        let mut b = m.clone();
        let (mut x0, mut x1) = (Int::one(), Int::zero());
        while !b.is_zero() {
            let (q, r) = a.divmod_floor(&b)?;
            a = std::mem::replace(&mut b, r);
            let nx = x0.sub(&q.mul(&x1));
            x0 = std::mem::replace(&mut x1, nx);
        }
        if a != Int::one() {
            return None;
        }
        Some(x0.divmod_floor(m)?.1)
    }

    pub fn shl(&self, n: u64) -> Int {
        if self.is_zero() {
            return Int::zero();
        }
        let whole = (n / SHIFT as u64) as usize;
        let bits = (n % SHIFT as u64) as u32;
        let mut d = vec![0u32; whole];
        d.extend(shl_bits(&self.digits, bits, true));
        Int::from_mag(self.negative, d)
    }

    /// Arithmetic (floor) right shift.
    pub fn shr(&self, n: u64) -> Int {
        if self.negative {
            // -((|x| - 1) >> n) - 1
            let m = self.abs().sub(&Int::one());
            return m.shr(n).add(&Int::one()).neg();
        }
        let whole = (n / SHIFT as u64) as usize;
        if whole >= self.digits.len() {
            return Int::zero();
        }
        let bits = (n % SHIFT as u64) as u32;
        let src = &self.digits[whole..];
        let mut r = vec![0u32; src.len()];
        for i in 0..src.len() {
            let hi = src.get(i + 1).copied().unwrap_or(0) as u64;
            let v = ((hi << SHIFT) | src[i] as u64) >> bits;
            r[i] = (v & MASK as u64) as u32;
        }
        Int::from_mag(false, r)
    }

    /// Two's-complement digits of length `n` (n > digit count) and the sign-extension digit.
    fn twos(&self, n: usize) -> (Vec<u32>, u32) {
        let mut d = self.digits.clone();
        d.resize(n, 0);
        if !self.negative {
            return (d, 0);
        }
        // !(|x| - 1)
        let mut borrow = 1u32;
        for x in d.iter_mut() {
            let s = x.wrapping_sub(borrow);
            borrow = (s >> SHIFT) & 1;
            *x = !s & MASK;
        }
        (d, MASK)
    }

    /// `&` (0), `|` (1), `^` (2) with two's-complement semantics.
    pub fn bitwise(&self, o: &Int, op: u8) -> Int {
        let n = self.digits.len().max(o.digits.len()) + 1;
        let (a, ea) = self.twos(n);
        let (b, eb) = o.twos(n);
        let f = |x: u32, y: u32| match op {
            0 => x & y,
            1 => x | y,
            _ => x ^ y,
        };
        let mut r: Vec<u32> = a.iter().zip(b.iter()).map(|(&x, &y)| f(x, y)).collect();
        if f(ea, eb) == 0 {
            return Int::from_mag(false, r);
        }
        // Negative: magnitude = !r + 1.
        let mut carry = 1u32;
        for x in r.iter_mut() {
            let s = (!*x & MASK) + carry;
            *x = s & MASK;
            carry = s >> SHIFT;
        }
        Int::from_mag(true, r)
    }

    /// `~x` = -(x + 1).
    pub fn invert(&self) -> Int {
        self.add(&Int::one()).neg()
    }

    /// `long_hash`: the value modulo 2**61 - 1, with the sign; -1 becomes -2.
    pub fn hash(&self) -> i64 {
        let mut x: u64 = 0;
        for &d in self.digits.iter().rev() {
            x = ((x << SHIFT) & HASH_MODULUS) | (x >> (61 - SHIFT));
            x += d as u64;
            if x >= HASH_MODULUS {
                x -= HASH_MODULUS;
            }
        }
        let h = if self.negative { -(x as i64) } else { x as i64 };
        if h == -1 { -2 } else { h }
    }

    /// The number of one bits in the magnitude.
    pub fn count_ones(&self) -> u64 {
        self.digits.iter().map(|d| d.count_ones() as u64).sum()
    }

    /// The magnitude as u64 when it fits.
    pub fn mag_u64(&self) -> Option<u64> {
        if self.digits.len() > 3 {
            return None;
        }
        let mut m: u128 = 0;
        for &d in self.digits.iter().rev() {
            m = (m << SHIFT) | d as u128;
        }
        u64::try_from(m).ok()
    }

    /// The nearest float to `self * 2**shift`, a sticky flag standing for non-zero bits below
    /// the magnitude; round-half-even, infinity when too large.
    pub fn scaled_to_f64(&self, shift: i64, sticky: bool) -> f64 {
        let bits = self.bit_length() as i64;
        if bits == 0 {
            return if self.negative { -0.0 } else { 0.0 };
        }
        let ulp = (shift + bits - 53).max(-1074);
        let drop = ulp - shift;
        let mag = if drop <= 0 {
            // Exact: at most 53 bits.
            self.mag_u64().unwrap_or(0) as f64
        } else {
            let top = self.abs().shr(drop as u64);
            let mut t = top.mag_u64().unwrap_or(0);
            let half = self.bit(drop as u64 - 1);
            let below = sticky || (0..drop as u64 - 1).any(|i| self.bit(i));
            if half && (below || t & 1 == 1) {
                t += 1;
            }
            return sign(self.negative, ldexp(t as f64, ulp));
        };
        sign(self.negative, ldexp(mag, shift))
    }

    /// `PyLong_AsDouble`: None when the value is too large for a float.
    pub fn to_f64(&self) -> Option<f64> {
        if let Some(v) = self.to_i64() {
            return Some(v as f64);
        }
        let x = self.scaled_to_f64(0, false);
        x.is_finite().then_some(x)
    }

    /// The exact integer value of a finite float's integer part (`PyLong_FromDouble`).
    pub fn from_f64(x: f64) -> Int {
        let x = x.trunc();
        if x.abs() < 9.2e18 {
            return Int::from_i64(x as i64);
        }
        let bits = x.to_bits();
        let exp = ((bits >> 52) & 0x7ff) as i64 - 1075;
        let mant = (bits & ((1u64 << 52) - 1)) | (1u64 << 52);
        let mut r = Int::from_u64(mant).shl(exp as u64);
        if x < 0.0 {
            r.negate();
        }
        r
    }

    /// `long_true_divide`: a / b correctly rounded; None for b == 0, Err(()) on overflow.
    pub fn true_div(&self, b: &Int) -> Option<Result<f64, ()>> {
        if b.is_zero() {
            return None;
        }
        if self.is_zero() {
            return Some(Ok(if self.negative != b.negative { -0.0 } else { 0.0 }));
        }
        let (abits, bbits) = (self.bit_length() as i64, b.bit_length() as i64);
        if abits <= 53 && bbits <= 53 {
            let x = self.mag_u64().unwrap_or(0) as f64 / b.mag_u64().unwrap_or(1) as f64;
            return Some(Ok(sign(self.negative != b.negative, x)));
        }
        let e = abits - bbits;
        if e > 1025 {
            return Some(Err(()));
        }
        if e < -1080 {
            return Some(Ok(sign(self.negative != b.negative, 0.0)));
        }
        // Scale so the quotient has at least 55 bits, then round once.
        let shift = e - 56;
        let (n, d) = if shift < 0 { (self.abs().shl((-shift) as u64), b.abs()) } else { (self.abs(), b.abs().shl(shift as u64)) };
        let (q, r) = n.divrem_trunc(&d)?;
        let x = q.scaled_to_f64(shift, !r.is_zero());
        if x.is_infinite() {
            return Some(Err(()));
        }
        Some(Ok(sign(self.negative != b.negative, x)))
    }

    /// Greatest common divisor of the magnitudes.
    pub fn gcd(&self, o: &Int) -> Int {
        let (mut a, mut b) = (self.abs(), o.abs());
        while !b.is_zero() {
            if let (Some(x), Some(y)) = (a.mag_u64(), b.mag_u64()) {
                let (mut x, mut y) = (x, y);
                while y != 0 {
                    (x, y) = (y, x % y);
                }
                return Int::from_u64(x);
            }
            let r = a.divrem_trunc(&b).map(|x| x.1).unwrap_or_default();
            a = std::mem::replace(&mut b, r);
        }
        a
    }

    /// `math.isqrt` for a non-negative value: the floor of the square root.
    pub fn isqrt(&self) -> Int {
        if self.is_zero() {
            return Int::zero();
        }
        if let Some(v) = self.mag_u64() {
            let mut r = (v as f64).sqrt() as u64;
            while r.checked_mul(r).is_none_or(|s| s > v) {
                r -= 1;
            }
            while (r + 1).checked_mul(r + 1).is_some_and(|s| s <= v) {
                r += 1;
            }
            return Int::from_u64(r);
        }
        // Newton from above.
        let mut x = Int::one().shl(self.bit_length().div_ceil(2));
        loop {
            let y = x.add(&self.divrem_trunc(&x).map(|q| q.0).unwrap_or_default()).shr(1);
            if y.cmp(&x) != Ordering::Less {
                return x;
            }
            x = y;
        }
    }

    /// The magnitude as little-endian bytes (no sign), at least one byte.
    pub fn mag_bytes_le(&self) -> Vec<u8> {
        let mut out = Vec::new();
        let mut acc: u64 = 0;
        let mut nbits = 0;
        for &d in &self.digits {
            acc |= (d as u64) << nbits;
            nbits += SHIFT;
            while nbits >= 8 {
                out.push(acc as u8);
                acc >>= 8;
                nbits -= 8;
            }
        }
        if nbits > 0 {
            out.push(acc as u8);
        }
        while out.len() > 1 && out.last() == Some(&0) {
            out.pop();
        }
        if out.is_empty() {
            out.push(0);
        }
        out
    }

    /// A non-negative Int from little-endian bytes.
    pub fn from_bytes_le(b: &[u8]) -> Int {
        let mut digits = Vec::with_capacity(b.len() * 8 / SHIFT as usize + 1);
        let mut acc: u64 = 0;
        let mut nbits = 0;
        for &x in b {
            acc |= (x as u64) << nbits;
            nbits += 8;
            if nbits >= SHIFT {
                digits.push((acc & MASK as u64) as u32);
                acc >>= SHIFT;
                nbits -= SHIFT;
            }
        }
        if nbits > 0 {
            digits.push(acc as u32);
        }
        Int::from_mag(false, digits)
    }
}

fn sign(neg: bool, x: f64) -> f64 {
    if neg { -x } else { x }
}

/// 2**e for -1074 <= e <= 1023.
fn pow2(e: i64) -> f64 {
    if e >= -1022 {
        f64::from_bits(((e + 1023) as u64) << 52)
    } else {
        f64::from_bits(1u64 << (e + 1074))
    }
}

/// x * 2**e (`ldexp`), exact when the result is representable, inf above the range; e >= -1074
/// or x is a whole number of the needed ulps.
pub fn ldexp(x: f64, e: i64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    if e > 1023 {
        return x * pow2(1023) * pow2((e - 1023).min(1023));
    }
    if e < -1074 {
        // Two steps: the first exact, the second rounds once.
        return x * pow2(-1022) * pow2((e + 1022).max(-1074));
    }
    x * pow2(e)
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
        let a = i("123456789012345678901234567890");
        let b = i("-987654321098765432109876543210");
        assert_eq!(a.add(&b).to_decimal(), "-864197532086419753208641975320");
        assert_eq!(a.mul(&b).to_decimal(), "-121932631137021795226185032733622923332237463801111263526900");
        let (q, r) = b.divmod_floor(&a).unwrap();
        assert_eq!((q.to_decimal(), r.to_decimal()), ("-9".into(), "123456780012345678001234567800".into()));
        assert_eq!(i("2").pow(&i("100")).to_decimal(), "1267650600228229401496703205376");
        assert_eq!(i("-1").shl(100).bitwise(&i("12345678901234567890123"), 0).to_decimal(), "0");
        assert_eq!(i("-12345678901234567890123").shr(5).to_decimal(), "-385802465663580246567");
        assert_eq!(i("2").pow(&i("100")).hash(), 549755813888);
        assert_eq!(i("3").pow_mod(&i("1000"), &i("-1000000007")).to_decimal(), "-943111814");
        assert_eq!(i("3").inverse_mod(&i("7")).unwrap().to_decimal(), "5");
        let big = i("10").pow(&i("400"));
        let sq = big.mul(&big);
        assert_eq!(sq.isqrt(), big);
        assert_eq!(sq.divmod_floor(&big).unwrap().0, big);
        assert_eq!(i("10").pow(&i("30")).true_div(&i("3")).unwrap(), Ok(3.333333333333333e29));
        assert_eq!(i("1").true_div(&i("10").pow(&i("320"))).unwrap(), Ok(1e-320));
        assert_eq!(i("18446744073709551617").to_f64(), Some(1.8446744073709552e19));
        assert_eq!(Int::from_f64(1e300).to_f64(), Some(1e300));
    }
}

/// The operations the constant folder (compile/const_fold.rs) names, on top of the runtime's.
impl Int {
    /// Comparison by value.
    pub fn cmp_int(&self, o: &Int) -> Ordering {
        self.cmp(o)
    }

    /// Floor division and the remainder with the divisor's sign; None for a zero divisor.
    pub fn divmod(&self, o: &Int) -> Option<(Int, Int)> {
        self.divmod_floor(o)
    }

    /// `self ** e` for e >= 0.
    pub fn pow_u(&self, e: u64) -> Int {
        self.pow(&Int::from_u64(e))
    }

    pub fn and(&self, o: &Int) -> Int {
        self.bitwise(o, 0)
    }
    pub fn or(&self, o: &Int) -> Int {
        self.bitwise(o, 1)
    }
    pub fn xor(&self, o: &Int) -> Int {
        self.bitwise(o, 2)
    }

    /// The integer value of a finite, integral double.
    pub fn from_integral_f64(f: f64) -> Option<Int> {
        (f.is_finite() && f.fract() == 0.0).then(|| Int::from_f64(f))
    }

    /// `self / o` correctly rounded; None for a zero divisor or an overflowing result.
    pub fn true_div_folded(&self, o: &Int) -> Option<f64> {
        self.true_div(o)?.ok()
    }
}
