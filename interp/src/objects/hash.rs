//! `hash()` of the immutable built-in values (Python/pyhash.c, and the `tp_hash` of
//! Objects/longobject.c, floatobject.c, complexobject.c, tupleobject.c, object.c).
//!
//! pyref runs as CPython does under `PYTHONHASHSEED=0`: str and bytes hash with SipHash-1-3 and
//! a zero key, so set iteration orders are reproducible.

use super::int::{Int, SHIFT};

/// `_PyHASH_BITS` and `_PyHASH_MODULUS` (2**61 - 1) on 64-bit builds.
pub const BITS: u32 = 61;
pub const MODULUS: u64 = (1 << BITS) - 1;
/// `sys.hash_info.inf` and `sys.hash_info.imag`.
pub const INF: i64 = 314159;
pub const IMAG: u64 = 1000003;
/// `hash(None)` (a constant since 3.12).
pub const NONE: i64 = 0xFCA86420;

fn fix(h: u64) -> i64 {
    if h == u64::MAX {
        -2
    } else {
        h as i64
    }
}

/// SipHash-1-3 with CPython's finalisation.
pub fn siphash13(k0: u64, k1: u64, src: &[u8]) -> u64 {
    let mut b: u64 = (src.len() as u64) << 56;
    let (mut v0, mut v1, mut v2, mut v3) = (k0 ^ 0x736f6d6570736575, k1 ^ 0x646f72616e646f6d, k0 ^ 0x6c7967656e657261, k1 ^ 0x7465646279746573);
    macro_rules! round {
        () => {
            v0 = v0.wrapping_add(v1);
            v2 = v2.wrapping_add(v3);
            v1 = v1.rotate_left(13) ^ v0;
            v3 = v3.rotate_left(16) ^ v2;
            v0 = v0.rotate_left(32);
            v2 = v2.wrapping_add(v1);
            v0 = v0.wrapping_add(v3);
            v1 = v1.rotate_left(17) ^ v2;
            v3 = v3.rotate_left(21) ^ v0;
            v2 = v2.rotate_left(32);
        };
    }
    let mut chunks = src.chunks_exact(8);
    for c in &mut chunks {
        let mi = u64::from_le_bytes(c.try_into().unwrap());
        v3 ^= mi;
        round!();
        v0 ^= mi;
    }
    let mut t = [0u8; 8];
    let rest = chunks.remainder();
    t[..rest.len()].copy_from_slice(rest);
    b |= u64::from_le_bytes(t);
    v3 ^= b;
    round!();
    v0 ^= b;
    v2 ^= 0xff;
    round!();
    round!();
    round!();
    (v0 ^ v1) ^ (v2 ^ v3)
}

/// `hash(bytes)`, and of a str given its code units in CPython's storage (`_Py_HashBytes`).
pub fn bytes(data: &[u8]) -> i64 {
    if data.is_empty() {
        return 0;
    }
    fix(siphash13(0, 0, data))
}

/// `hash(str)`: over the code units of the narrowest of latin-1, UCS-2 and UCS-4 that holds it.
pub fn str(s: &super::pystr::PyStr) -> i64 {
    let max = s.code_points().max().unwrap_or(0);
    let mut data = Vec::with_capacity(s.char_len() * 4);
    for c in s.code_points() {
        if max < 256 {
            data.push(c as u8);
        } else if max < 65536 {
            data.extend_from_slice(&(c as u16).to_le_bytes());
        } else {
            data.extend_from_slice(&c.to_le_bytes());
        }
    }
    bytes(&data)
}

/// `hash(int)`: the value modulo 2**61 - 1, with the sign.
pub fn int(v: &Int) -> i64 {
    let mut x: u64 = 0;
    for &d in v.digits().iter().rev() {
        x = ((x << SHIFT) & MODULUS) | (x >> (BITS - SHIFT));
        x += d as u64;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    if v.is_negative() {
        x = x.wrapping_neg();
    }
    fix(x)
}

/// `hash(float)` (`_Py_HashDouble`); None for a NaN, whose hash is its address.
pub fn float(v: f64) -> Option<i64> {
    if v.is_nan() {
        return None;
    }
    if v.is_infinite() {
        return Some(if v > 0.0 { INF } else { -INF });
    }
    let (mut m, mut e) = frexp(v);
    let neg = m < 0.0;
    if neg {
        m = -m;
    }
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | x >> (BITS - 28);
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let b = BITS as i32;
    let e = if e >= 0 { e % b } else { b - 1 - ((-1 - e) % b) };
    x = ((x << e) & MODULUS) | x >> (b - e);
    if neg {
        x = x.wrapping_neg();
    }
    Some(fix(x))
}

/// `frexp`: v = m * 2**e with 0.5 <= |m| < 1 (m = 0 for 0).
fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale into the normal range first.
        let (m, e) = frexp(v * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp - 1022)
}

/// `hash(complex)`; None if a part is a NaN.
pub fn complex(re: f64, im: f64) -> Option<i64> {
    let r = float(re)? as u64;
    let i = float(im)? as u64;
    Some(fix(r.wrapping_add(IMAG.wrapping_mul(i))))
}

/// `hash(tuple)` from its items' hashes (the xxHash-based `tuplehash`).
pub fn tuple(items: impl ExactSizeIterator<Item = i64>) -> i64 {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let len = items.len() as u64;
    let mut acc = P5;
    for h in items {
        acc = acc.wrapping_add((h as u64).wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add(len ^ (P5 ^ 3527539));
    if acc == u64::MAX {
        1546275796
    } else {
        acc as i64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expected values from CPython 3.13.0 under PYTHONHASHSEED=0.
    #[test]
    fn hashes() {
        assert_eq!(int(&Int::from_i64(-1)), -2);
        assert_eq!(int(&Int::from_literal("18446744073709551617").unwrap()), 9);
        assert_eq!(float(1.5), Some(1152921504606846977));
        assert_eq!(float(-0.0), Some(0));
        assert_eq!(float(0.1), Some(230584300921369408));
        assert_eq!(complex(1.0, 2.0), Some(2000007));
        assert_eq!(tuple([].into_iter()), 5740354900026072187);
        assert_eq!(tuple([1i64, 2].into_iter()), -3550055125485641917);
        assert_eq!(bytes(b"abc"), -4594863902769663758);
    }
}
