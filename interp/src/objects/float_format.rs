//! Float to text and back, as Python/pystrtod.c and Python/dtoa.c do it: `PyOS_double_to_string`
//! for the 'e', 'f', 'g' and 'r' codes with precision and flags, `round(x, n)` (Objects/floatobject.c
//! `double_round`), `float.hex()` / `float.fromhex()` and `float(str)`.
//!
//! Digits come from Rust's float formatting, which like David Gay's dtoa is exact and rounds
//! half-to-even on exact ties, so dtoa's modes 0 (shortest), 2 (n significant digits) and 3
//! (n digits after the point) are reproduced digit for digit.

use super::format_spec::{TextError, TextResult};

/// The format code passed to `PyOS_double_to_string`, lower case; `upper` gives `E`, `INF`, `NAN`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FloatMode {
    pub code: u8,
    pub upper: bool,
}

impl FloatMode {
    /// From a format code: one of e E f F g G r (anything else is treated as 'r').
    pub fn from_code(c: u8) -> FloatMode {
        let upper = c.is_ascii_uppercase();
        let code = match c.to_ascii_lowercase() {
            b @ (b'e' | b'f' | b'g') => b,
            _ => b'r',
        };
        FloatMode { code, upper }
    }
}

/// dtoa's result: significant digits without trailing zeros and the decimal point position, so
/// that |x| = 0.DIGITS × 10^decpt. Zero gives ("0", 1); a mode-3 result that rounds to nothing gives
/// ("", -ndigits).
fn dtoa(x: f64, mode: u8, ndigits: i64) -> (Vec<u8>, i64) {
    let a = x.abs();
    if a == 0.0 {
        return (vec![b'0'], 1);
    }
    match mode {
        0 | 2 => {
            let s = if mode == 0 {
                format!("{a:e}")
            } else {
                format!("{:.*e}", (ndigits.max(1) - 1) as usize, a)
            };
            let (mant, exp) = s.split_once('e').expect("exponent");
            let exp: i64 = exp.parse().expect("exponent");
            let mut d: Vec<u8> = mant.bytes().filter(|b| *b != b'.').collect();
            while d.len() > 1 && d.last() == Some(&b'0') {
                d.pop();
            }
            if mode == 0 && d.last().is_some_and(|c| c % 2 == 1) && may_tie(a) {
                // When x lies exactly halfway between two shortest candidates, Rust takes the
                // upper one and dtoa the even one (it picks the closest, ties to even). The
                // correctly rounded digits of the same length are dtoa's when they round-trip.
                let c = format!("{:.*e}", d.len() - 1, a);
                if c.parse::<f64>() == Ok(a) {
                    let (cm, ce) = c.split_once('e').expect("exponent");
                    let cd: Vec<u8> = cm.bytes().filter(|b| *b != b'.').collect();
                    let ce: i64 = ce.parse().expect("exponent");
                    if cd != d {
                        let mut cd = cd;
                        while cd.len() > 1 && cd.last() == Some(&b'0') {
                            cd.pop();
                        }
                        return (cd, ce + 1);
                    }
                }
            }
            (d, exp + 1)
        }
        _ => {
            let s = format!("{:.*}", ndigits.max(0) as usize, a);
            let int_len = s.find('.').unwrap_or(s.len()) as i64;
            let all: Vec<u8> = s.bytes().filter(|b| *b != b'.').collect();
            let z = all.iter().take_while(|b| **b == b'0').count();
            if z == all.len() {
                return (Vec::new(), -ndigits);
            }
            let mut d = all[z..].to_vec();
            while d.last() == Some(&b'0') {
                d.pop();
            }
            (d, int_len - z as i64)
        }
    }
}

/// Whether the exact decimal value of `a` (finite, positive) is short enough to fall exactly
/// halfway between two 17-digit decimals. Writing a = m·2^e with m odd, a value with e < 0 has
/// the digits of m·5^-e, more than 18 of them once -e > 26.
fn may_tie(a: f64) -> bool {
    let bits = a.to_bits();
    let biased = ((bits >> 52) & 0x7FF) as i64;
    let mut m = bits & ((1u64 << 52) - 1);
    let mut e = -1074;
    if biased != 0 {
        m |= 1u64 << 52;
        e = biased - 1075;
    }
    if m == 0 {
        return false;
    }
    e += m.trailing_zeros() as i64;
    e >= -26
}

/// `PyOS_double_to_string(x, code, precision, flags)`: the text of `x` for a format code, with
/// `alt` (`#`), `add_dot_0` (integral values get `.0`) and `no_neg_0` (`z`).
pub fn double_to_string(x: f64, mode: FloatMode, precision: usize, alt: bool, add_dot_0: bool, no_neg_0: bool) -> String {
    let mut out = String::new();
    if x.is_nan() {
        out.push_str(if mode.upper { "NAN" } else { "nan" });
        return out;
    }
    if x.is_infinite() {
        if x < 0.0 {
            out.push('-');
        }
        out.push_str(if mode.upper { "INF" } else { "inf" });
        return out;
    }
    let precision = precision as i64;
    let (digits, mut decpt) = match mode.code {
        b'e' => dtoa(x, 2, precision + 1),
        b'f' => dtoa(x, 3, precision),
        b'g' => dtoa(x, 2, precision.max(1)),
        _ => dtoa(x, 0, 0),
    };
    let mut sign = x.is_sign_negative();
    let dlen = digits.len() as i64;
    if no_neg_0 && sign && (dlen == 0 || (dlen == 1 && digits[0] == b'0')) {
        sign = false;
    }
    let mut use_exp = false;
    let mut vend = dlen;
    match mode.code {
        b'e' => {
            use_exp = true;
            vend = precision + 1;
        }
        b'f' => vend = decpt + precision,
        b'g' => {
            let p = precision.max(1);
            if decpt <= -4 || decpt > (if add_dot_0 { p - 1 } else { p }) {
                use_exp = true;
            }
            if alt {
                vend = p;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vstart = if decpt <= 0 { decpt - 1 } else { 0 };
    if !use_exp && add_dot_0 {
        vend = vend.max(decpt + 1);
    } else {
        vend = vend.max(decpt);
    }
    out.reserve((vend - vstart) as usize + 8);
    if sign {
        out.push('-');
    }
    let zeros = |out: &mut String, n: i64| {
        for _ in 0..n.max(0) {
            out.push('0');
        }
    };
    if decpt <= 0 {
        zeros(&mut out, decpt - vstart);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vstart);
    }
    let ds = std::str::from_utf8(&digits).expect("ascii digits");
    if 0 < decpt && decpt <= dlen {
        out.push_str(&ds[..decpt as usize]);
        out.push('.');
        out.push_str(&ds[decpt as usize..]);
    } else {
        out.push_str(ds);
    }
    if dlen < decpt {
        zeros(&mut out, decpt - dlen);
        out.push('.');
        zeros(&mut out, vend - decpt);
    } else {
        zeros(&mut out, vend - dlen);
    }
    if out.ends_with('.') && !alt {
        out.pop();
    }
    if use_exp {
        out.push(if mode.upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        if exp.abs() < 10 {
            out.push('0');
        }
        out.push_str(&exp.abs().to_string());
    }
    out
}

/// `str(x)` and `repr(x)` for a float.
pub fn float_str(x: f64) -> String {
    double_to_string(x, FloatMode::from_code(b'r'), 0, false, true, false)
}

/// `repr(complex(re, im))`: `1j`, `(1+2j)`, `(-0-1j)`, `(nan+infj)`.
pub fn complex_repr(re: f64, im: f64) -> String {
    let r = FloatMode::from_code(b'r');
    let im_s = double_to_string(im, r, 0, false, false, false);
    if re == 0.0 && re.is_sign_positive() {
        return format!("{im_s}j");
    }
    let re_s = double_to_string(re, r, 0, false, false, false);
    let sign = if im_s.starts_with('-') { "" } else { "+" };
    format!("({re_s}{sign}{im_s}j)")
}

/// `round(x, ndigits)` for a float: the decimal rounding (half to even on the exact value) read
/// back as the nearest double. Fails with OverflowError when the result is out of range.
pub fn float_round(x: f64, ndigits: i64) -> TextResult<f64> {
    // NDIGITS_MAX and NDIGITS_MIN of floatobject.c for IEEE doubles.
    const NDIGITS_MAX: i64 = 323;
    const NDIGITS_MIN: i64 = -308;
    if !x.is_finite() || x == 0.0 {
        return Ok(x);
    }
    if ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    // x * 2**ndigits is exact (a power of two); when it is an integer, x's binary fraction has
    // at most `ndigits` bits, so its exact decimal expansion has at most `ndigits` digits after
    // the point and the rounding leaves it unchanged (integral floats, 2.5, 0.375, ...).
    if ndigits >= 0 && ndigits <= 1023 && (x * 2f64.powi(ndigits as i32)).fract() == 0.0 {
        return Ok(x);
    }
    let rounded = if ndigits >= 0 {
        let s = format!("{:.*}", ndigits as usize, x);
        s.parse::<f64>().expect("digits")
    } else {
        // Round the exact integer part to a multiple of 10^k; a nonzero fraction breaks ties upward.
        let k = (-ndigits) as usize;
        let t = x.trunc();
        let frac_nonzero = x != t;
        let int_digits = format!("{:.0}", t.abs());
        let int_digits = if int_digits == "0" { String::new() } else { int_digits };
        let b = int_digits.as_bytes();
        let (head, tail) = if b.len() > k { b.split_at(b.len() - k) } else { (&b[..0], b) };
        // Compare tail (padded on the left to k digits) with 5 followed by zeros.
        let padded: Vec<u8> = std::iter::repeat_n(b'0', k - tail.len()).chain(tail.iter().copied()).collect();
        let mut half = vec![b'0'; k];
        half[0] = b'5';
        let up = match padded.cmp(&half) {
            std::cmp::Ordering::Greater => true,
            std::cmp::Ordering::Less => false,
            std::cmp::Ordering::Equal => frac_nonzero || head.last().is_some_and(|d| (d - b'0') % 2 == 1),
        };
        let mut h: Vec<u8> = head.to_vec();
        if up {
            let mut i = h.len();
            loop {
                if i == 0 {
                    h.insert(0, b'1');
                    break;
                }
                i -= 1;
                if h[i] == b'9' {
                    h[i] = b'0';
                } else {
                    h[i] += 1;
                    break;
                }
            }
        }
        if h.is_empty() {
            h.push(b'0');
        }
        let s = format!("{}{}e{}", if x < 0.0 { "-" } else { "" }, std::str::from_utf8(&h).unwrap(), k);
        s.parse::<f64>().expect("digits")
    };
    if rounded.is_infinite() {
        return Err(TextError::overflow("rounded value too large to represent"));
    }
    Ok(rounded)
}

/// `round(x)` with no ndigits, before the conversion to int: the nearest integer, ties to even
/// (`float.__round__`); nan and infinities pass through for the caller's int conversion to reject.
pub fn float_round_half_even(x: f64) -> f64 {
    let r = x.round();
    if (x - r).abs() == 0.5 {
        2.0 * (x / 2.0).round()
    } else {
        r
    }
}

/// `float.hex(x)`: `0x1.8000000000000p+0`, `-0x0.0p+0`, `inf`.
pub fn float_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x < 0.0 { "-inf".into() } else { "inf".into() };
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7FF) as i64;
    let mant = bits & ((1u64 << 52) - 1);
    if exp == 0 {
        format!("{sign}0x0.{mant:013x}p-1022")
    } else {
        let e = exp - 1023;
        format!("{sign}0x1.{mant:013x}p{}{}", if e < 0 { '-' } else { '+' }, e.abs())
    }
}

fn is_ascii_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C)
}

/// `float.fromhex(s)`.
pub fn float_fromhex(s: &str) -> TextResult<f64> {
    let invalid = || TextError::value("invalid hexadecimal floating-point string");
    let b = s.as_bytes();
    let mut i = 0;
    let mut end = b.len();
    while i < end && is_ascii_space(b[i]) {
        i += 1;
    }
    while end > i && is_ascii_space(b[end - 1]) {
        end -= 1;
    }
    let b = &b[i..end];
    let mut p = 0;
    let negative = match b.first() {
        Some(b'-') => {
            p = 1;
            true
        }
        Some(b'+') => {
            p = 1;
            false
        }
        _ => false,
    };
    let rest = &b[p..];
    let lower: Vec<u8> = rest.iter().map(|c| c.to_ascii_lowercase()).collect();
    if lower == b"inf" || lower == b"infinity" {
        return Ok(if negative { f64::NEG_INFINITY } else { f64::INFINITY });
    }
    if lower == b"nan" {
        return Ok(f64::NAN);
    }
    let mut q = 0;
    if lower.starts_with(b"0x") {
        q = 2;
    }
    // Hex digits before and after the point.
    let mut mant: u128 = 0; // top bits of the significand
    let mut sticky = false;
    let mut nbits_exp: i64 = 0; // binary exponent adjustment
    let mut ndigits = 0;
    let mut seen_point = false;
    let mut started = false;
    while q < lower.len() {
        let c = lower[q];
        if c == b'.' && !seen_point {
            seen_point = true;
            q += 1;
            continue;
        }
        let Some(v) = (c as char).to_digit(16) else { break };
        ndigits += 1;
        if seen_point {
            nbits_exp -= 4;
        }
        if !started && v == 0 {
            q += 1;
            continue;
        }
        started = true;
        if mant >> 120 == 0 {
            mant = (mant << 4) | v as u128;
        } else {
            nbits_exp += 4;
            sticky |= v != 0;
        }
        q += 1;
    }
    if ndigits == 0 {
        return Err(invalid());
    }
    let mut exp: i64 = 0;
    if q < lower.len() && lower[q] == b'p' {
        q += 1;
        let mut eneg = false;
        if q < lower.len() && (lower[q] == b'-' || lower[q] == b'+') {
            eneg = lower[q] == b'-';
            q += 1;
        }
        let start = q;
        while q < lower.len() && lower[q].is_ascii_digit() {
            exp = (exp * 10 + (lower[q] - b'0') as i64).min(1 << 40);
            q += 1;
        }
        if q == start {
            return Err(invalid());
        }
        if eneg {
            exp = -exp;
        }
    }
    if q != lower.len() {
        return Err(invalid());
    }
    let sign = if negative { -1.0 } else { 1.0 };
    if mant == 0 {
        return Ok(sign * 0.0);
    }
    // value = mant * 2^(exp + nbits_exp); round to 53 bits (fewer when subnormal).
    let e2 = exp + nbits_exp;
    let top = 127 - mant.leading_zeros() as i64; // index of the highest set bit
    let value_exp = top + e2; // x in [2^value_exp, 2^(value_exp+1))
    if value_exp > 1100 {
        return Err(TextError::overflow("hexadecimal value too large to represent as a float"));
    }
    if value_exp < -1100 {
        return Ok(sign * 0.0);
    }
    // The lowest representable bit position.
    let lsb = (value_exp - 52).max(-1074);
    let shift = lsb - e2; // bits of mant to drop
    let (mut m, half_cmp) = if shift <= 0 {
        (mant << (-shift) as u32, std::cmp::Ordering::Less)
    } else if shift >= 128 {
        (0, std::cmp::Ordering::Less)
    } else {
        let dropped = mant & ((1u128 << shift) - 1);
        let half = 1u128 << (shift - 1);
        let ord = dropped.cmp(&half).then(if sticky { std::cmp::Ordering::Greater } else { std::cmp::Ordering::Equal });
        (mant >> shift, ord)
    };
    let round_up = match half_cmp {
        std::cmp::Ordering::Greater => true,
        std::cmp::Ordering::Equal => m & 1 == 1,
        std::cmp::Ordering::Less => false,
    };
    if round_up {
        m += 1;
    }
    // m * 2^lsb with m < 2^54: exact unless it overflows.
    if lsb > 1023 {
        return Err(TextError::overflow("hexadecimal value too large to represent as a float"));
    }
    let pow2 = if lsb >= -1022 { f64::from_bits(((lsb + 1023) as u64) << 52) } else { f64::from_bits(1u64 << (lsb + 1074)) };
    let v = m as f64 * pow2;
    if v.is_infinite() {
        return Err(TextError::overflow("hexadecimal value too large to represent as a float"));
    }
    Ok(sign * v)
}

/// Checks the body of a float literal after whitespace and sign: digits with single underscores
/// between digits, an optional point and exponent. Returns the text without underscores.
fn clean_decimal(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let mut out = String::with_capacity(b.len());
    let mut i = 0;
    let digitpart = |i: &mut usize, out: &mut String| -> usize {
        let start = *i;
        let mut n = 0;
        while *i < b.len() {
            if b[*i].is_ascii_digit() {
                out.push(b[*i] as char);
                n += 1;
                *i += 1;
            } else if b[*i] == b'_' && *i > start && b[*i - 1].is_ascii_digit() && *i + 1 < b.len() && b[*i + 1].is_ascii_digit() {
                *i += 1;
            } else {
                break;
            }
        }
        n
    };
    let n_int = digitpart(&mut i, &mut out);
    let mut n_frac = 0;
    if i < b.len() && b[i] == b'.' {
        out.push('.');
        i += 1;
        n_frac = digitpart(&mut i, &mut out);
    }
    if n_int + n_frac == 0 {
        return None;
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        out.push('e');
        i += 1;
        if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
            out.push(b[i] as char);
            i += 1;
        }
        if digitpart(&mut i, &mut out) == 0 {
            return None;
        }
    }
    (i == b.len()).then_some(out)
}

/// `float(s)` for a str given as code points: Unicode whitespace around, Unicode decimal digits,
/// underscores between digits, `inf`/`infinity`/`nan` in any case. The error is CPython's
/// "could not convert string to float: '...'" with the repr of the argument.
pub fn float_from_str(s: &[u32]) -> TextResult<f64> {
    let err = || TextError::value(format!("could not convert string to float: {}", super::str_repr::repr_code_points(s.iter().copied())));
    let mut ascii = String::with_capacity(s.len());
    for &c in s {
        if c < 128 {
            ascii.push(c as u8 as char);
        } else if super::unicode_db::is_space(c) {
            ascii.push(' ');
        } else if let Some(d) = super::unicode_db::to_decimal(c) {
            ascii.push((b'0' + d) as char);
        } else {
            return Err(err());
        }
    }
    let t = ascii.trim_matches(|c: char| c.is_ascii() && is_ascii_space(c as u8));
    let (neg, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = body.to_ascii_lowercase();
    let v = if lower == "inf" || lower == "infinity" {
        f64::INFINITY
    } else if lower == "nan" {
        f64::NAN
    } else {
        let cleaned = clean_decimal(body).ok_or_else(err)?;
        cleaned.parse::<f64>().map_err(|_| err())?
    };
    Ok(if neg { -v } else { v })
}

/// `_PyOS_ascii_strtod` on a prefix: sign, then `inf`/`infinity`/`nan` in any case or
/// `digits[.digits][e[±]digits]`. Returns the value and the number of bytes read (None if none).
fn parse_float_prefix(b: &[u8]) -> Option<(f64, usize)> {
    let mut i = 0;
    let neg = match b.first() {
        Some(b'-') => {
            i = 1;
            true
        }
        Some(b'+') => {
            i = 1;
            false
        }
        _ => false,
    };
    let rest = &b[i..];
    let starts = |w: &[u8]| rest.len() >= w.len() && rest[..w.len()].eq_ignore_ascii_case(w);
    let sign = if neg { -1.0 } else { 1.0 };
    if starts(b"infinity") {
        return Some((sign * f64::INFINITY, i + 8));
    }
    if starts(b"inf") {
        return Some((sign * f64::INFINITY, i + 3));
    }
    if starts(b"nan") {
        return Some((f64::NAN, i + 3));
    }
    let start = i;
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
    }
    let n_int = i - start;
    let mut n_frac = 0;
    if i < b.len() && b[i] == b'.' {
        let j = i + 1;
        let mut k = j;
        while k < b.len() && b[k].is_ascii_digit() {
            k += 1;
        }
        n_frac = k - j;
        if n_int + n_frac > 0 {
            i = k;
        }
    }
    if n_int + n_frac == 0 {
        return None;
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        let mut k = i + 1;
        if k < b.len() && (b[k] == b'+' || b[k] == b'-') {
            k += 1;
        }
        let d = k;
        while k < b.len() && b[k].is_ascii_digit() {
            k += 1;
        }
        if k > d {
            i = k;
        }
    }
    let text = std::str::from_utf8(&b[..i]).ok()?;
    Some((text.parse::<f64>().ok()?, i))
}

/// `complex(s)` for a str given as code points: `1+2j`, `(1-2.5e3J)`, `-j`, `inf+nanj`, with
/// surrounding whitespace and underscores between digits. Returns (real, imag).
pub fn complex_from_str(s: &[u32]) -> TextResult<(f64, f64)> {
    let malformed = || TextError::value("complex() arg is a malformed string");
    let mut b: Vec<u8> = Vec::with_capacity(s.len());
    for &c in s {
        if c < 128 {
            b.push(c as u8);
        } else if super::unicode_db::is_space(c) {
            b.push(b' ');
        } else if let Some(d) = super::unicode_db::to_decimal(c) {
            b.push(b'0' + d);
        } else {
            return Err(malformed());
        }
    }
    if b.contains(&b'_') {
        // Underscores only between digits (`_Py_string_to_number_with_underscores`).
        let mut cleaned = Vec::with_capacity(b.len());
        let mut prev = 0u8;
        for &c in &b {
            if c == b'_' {
                if !prev.is_ascii_digit() {
                    return Err(underscore_error(s));
                }
            } else {
                if prev == b'_' && !c.is_ascii_digit() {
                    return Err(underscore_error(s));
                }
                cleaned.push(c);
            }
            prev = c;
        }
        if prev == b'_' {
            return Err(underscore_error(s));
        }
        b = cleaned;
    }
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    let mut i = 0;
    while is_ascii_space(at(i)) {
        i += 1;
    }
    let bracket = at(i) == b'(';
    if bracket {
        i += 1;
        while is_ascii_space(at(i)) {
            i += 1;
        }
    }
    let (mut x, mut y) = (0.0, 0.0);
    match parse_float_prefix(&b[i..]) {
        Some((z, n)) => {
            i += n;
            if at(i) == b'+' || at(i) == b'-' {
                x = z;
                match parse_float_prefix(&b[i..]) {
                    Some((v, n)) => {
                        y = v;
                        i += n;
                    }
                    None => {
                        y = if at(i) == b'+' { 1.0 } else { -1.0 };
                        i += 1;
                    }
                }
                if !(at(i) == b'j' || at(i) == b'J') {
                    return Err(malformed());
                }
                i += 1;
            } else if at(i) == b'j' || at(i) == b'J' {
                i += 1;
                y = z;
            } else {
                x = z;
            }
        }
        None => {
            if at(i) == b'+' || at(i) == b'-' {
                y = if at(i) == b'+' { 1.0 } else { -1.0 };
                i += 1;
            } else {
                y = 1.0;
            }
            if !(at(i) == b'j' || at(i) == b'J') {
                return Err(malformed());
            }
            i += 1;
        }
    }
    while is_ascii_space(at(i)) {
        i += 1;
    }
    if bracket {
        if at(i) != b')' {
            return Err(malformed());
        }
        i += 1;
        while is_ascii_space(at(i)) {
            i += 1;
        }
    }
    if i != b.len() {
        return Err(malformed());
    }
    Ok((x, y))
}

/// TypeError of `float(x)` for an `x` with no conversion.
pub fn float_arg_type_error(type_name: &str) -> TextError {
    TextError::type_error(format!("float() argument must be a string or a real number, not '{type_name}'"))
}

/// TypeError of `complex(x)` for an `x` with no conversion.
pub fn complex_arg_type_error(type_name: &str) -> TextError {
    TextError::type_error(format!("complex() first argument must be a string or a number, not '{type_name}'"))
}

/// TypeError of `complex(s, y)` with a str `s`.
pub fn complex_second_arg_error() -> TextError {
    TextError::type_error("complex() can't take second arg if first is a string")
}

fn underscore_error(s: &[u32]) -> TextError {
    TextError::value(format!("could not convert string to complex: {}", super::str_repr::repr_code_points(s.iter().copied())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_half_even() {
        // From CPython 3.13.0: round(0.5), round(1.5), round(2.5), round(-0.5), round(-2.5), round(2.675).
        let cases = [(0.5, 0.0), (1.5, 2.0), (2.5, 2.0), (-0.5, -0.0), (-2.5, -2.0), (2.675, 3.0), (4503599627370497.0, 4503599627370497.0)];
        for (x, want) in cases {
            assert_eq!(float_round_half_even(x).to_bits(), f64::to_bits(want), "{x}");
        }
    }

    /// Vectors from scripts/gen/format_vectors.py on CPython 3.13.0: `op`, input, expected.
    #[test]
    fn cpython_vectors() {
        let data = include_str!("float_vectors.txt");
        let mut n = 0;
        let mut failures = Vec::new();
        for line in data.lines() {
            let p: Vec<&str> = line.split('\t').collect();
            let bits = |h: &str| f64::from_bits(u64::from_str_radix(h, 16).unwrap());
            let show = |r: TextResult<f64>| match r {
                Ok(v) => format!("{:016x}", v.to_bits()),
                Err(e) => format!("{:?}: {}", e.kind, e.msg),
            };
            let (got, want) = match p[0] {
                "repr" => (float_str(bits(p[1])), p[2].to_string()),
                "hex" => (float_hex(bits(p[1])), p[2].to_string()),
                "round" => (show(float_round(bits(p[1]), p[2].parse().unwrap())), p[3].to_string()),
                "fromhex" => (show(float_fromhex(p[1])), p[2].to_string()),
                "complex" => {
                    let s = crate::objects::format_spec::tests_unescape(p[1]);
                    let cps: Vec<u32> = s.chars().map(|c| c as u32).collect();
                    let r = match complex_from_str(&cps) {
                        Ok((re, im)) => {
                            let canon = |v: f64| if v.is_nan() { f64::NAN.to_bits() } else { v.to_bits() };
                            format!("{:016x},{:016x}", canon(re), canon(im))
                        }
                        Err(e) => format!("{:?}: {}", e.kind, e.msg),
                    };
                    (r, p[2].to_string())
                }
                "float" => {
                    let s = crate::objects::format_spec::tests_unescape(p[1]);
                    let cps: Vec<u32> = s.chars().map(|c| c as u32).collect();
                    let r = float_from_str(&cps);
                    // NaN bits differ in sign only; compare by text.
                    (show(r.map(|v| if v.is_nan() { f64::NAN } else { v })), p[2].to_string())
                }
                _ => continue,
            };
            n += 1;
            if got != want {
                failures.push(format!("{line}: got {got}"));
            }
        }
        assert!(failures.is_empty(), "{} of {n} failed:\n{}", failures.len(), failures[..failures.len().min(40)].join("\n"));
        assert!(n > 300);
    }
}
